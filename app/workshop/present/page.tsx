import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PlanLoading } from '@/components/workshop/plan-loading';
import { Presenter } from '@/components/workshop/presenter';
import { getContent } from '@/lib/content';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';

export const metadata: Metadata = {
  title: 'Presenter',
  description: 'Present a workshop plan on a projector, one step at a time.',
};

/** The whole catalogue comes with the page, so a session runs with no connection once it has loaded. */
export default function PresentPage() {
  return (
    <Suspense fallback={<PlanLoading heading="Presenter" />}>
      <Presenter catalogue={buildWorkshopCatalogue(getContent())} />
    </Suspense>
  );
}
