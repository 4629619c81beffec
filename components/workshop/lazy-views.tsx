'use client';

import dynamic from 'next/dynamic';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { PlanLoading } from './plan-loading';
import { withCatalogue } from './with-catalogue';

/*
 * The workshop's interactive views read their plan from the address, so the static HTML
 * can only ever show a "loading" line for them. Each loads just after its page, as a chunk
 * of its own, together with the workshop catalogue (one static JSON file, fetched at the
 * same time): the plan-link checks, the presenter's session, the QR encoder and the
 * question bank stay out of the pages' first load, and the pages stay small. The service
 * worker holds the chunks and the file like any other, so all of it loads offline too.
 * The plan builder has a file of its own (lazy-plan-builder.tsx), as its placeholder is a
 * form these pages have no use for.
 */

/** The views that take the whole catalogue, not a part of it. */
const whole = (catalogue: WorkshopCatalogue) => catalogue;

export const Presenter = dynamic(() => withCatalogue(whole, import('./presenter').then((loaded) => loaded.Presenter), 'Presenter'), {
  ssr: false,
  loading: () => <PlanLoading heading="Presenter" frame="presenter" />,
});

export const SpeakerNotes = dynamic(() => withCatalogue(whole, import('./speaker-notes').then((loaded) => loaded.SpeakerNotes), 'Speaker notes'), {
  ssr: false,
  loading: () => <PlanLoading heading="Speaker notes" frame="notes" />,
});

export const PlanAnswerKey = dynamic(() => withCatalogue(whole, import('../print/plan-answer-key').then((loaded) => loaded.PlanAnswerKey)), {
  ssr: false,
  loading: () => <p className="print-muted">Loading the plan…</p>,
});
