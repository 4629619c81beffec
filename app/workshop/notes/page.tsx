import type { Metadata } from 'next';
import { SpeakerNotes } from '@/components/workshop/lazy-views';

export const metadata: Metadata = {
  title: 'Speaker notes',
  description: 'Notes, the timer and what comes next, following the presenter window.',
};

export default function NotesPage() {
  return <SpeakerNotes />;
}
