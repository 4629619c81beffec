import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PlanLoading } from '@/components/workshop/plan-loading';
import { SpeakerNotes } from '@/components/workshop/speaker-notes';
import { getContent } from '@/lib/content';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';

export const metadata: Metadata = {
  title: 'Speaker notes',
  description: 'Notes, the timer and what comes next, following the presenter window.',
};

export default function NotesPage() {
  return (
    <Suspense fallback={<PlanLoading heading="Speaker notes" />}>
      <SpeakerNotes catalogue={buildWorkshopCatalogue(getContent())} />
    </Suspense>
  );
}
