import type { Metadata } from 'next';
import { Presenter } from '@/components/workshop/lazy-views';

export const metadata: Metadata = {
  title: 'Presenter',
  description: 'Present a workshop plan on a projector, one step at a time.',
};

export default function PresentPage() {
  return <Presenter />;
}
