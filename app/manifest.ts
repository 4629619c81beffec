import type { MetadataRoute } from 'next';
import { cardsHref, workshopHref } from '@/lib/workshop/routes';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Groundwork — learn to organise',
    short_name: 'Groundwork',
    description: 'Short lessons, quizzes and workshop material on organising, factions and what Tony Benn taught.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d5c4d',
    lang: 'en-GB',
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    // A long press on the installed app's icon: what each of its users opens most.
    shortcuts: [
      { name: 'Today’s review', short_name: 'Review', description: 'The questions you missed, due again today.', url: '/review/' },
      { name: 'Answer cards', short_name: 'Cards', description: 'A, B, C, D, Organiser or Factionalist, full screen to hold up in a workshop.', url: cardsHref },
      { name: 'Plan a workshop', short_name: 'Workshop', description: 'A running order with timings, the presenter and speaker notes.', url: workshopHref },
    ],
  };
}
