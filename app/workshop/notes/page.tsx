import type { Metadata } from 'next';
import { SpeakerNotes } from '@/components/workshop/lazy-views';
import { getContent } from '@/lib/content';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';

export const metadata: Metadata = {
  title: 'Speaker notes',
  description: 'Notes, the timer and what comes next, following the presenter window.',
};

export default function NotesPage() {
  return <SpeakerNotes catalogue={buildWorkshopCatalogue(getContent())} />;
}
