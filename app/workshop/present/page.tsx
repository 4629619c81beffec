import type { Metadata } from 'next';
import { Presenter } from '@/components/workshop/lazy-views';
import { getContent } from '@/lib/content';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';

export const metadata: Metadata = {
  title: 'Presenter',
  description: 'Present a workshop plan on a projector, one step at a time.',
};

/** The whole catalogue comes with the page, so a session runs with no connection once it has loaded. */
export default function PresentPage() {
  return <Presenter catalogue={buildWorkshopCatalogue(getContent())} />;
}
