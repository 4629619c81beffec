'use client';

import dynamic from 'next/dynamic';
import { PlanLoading } from './plan-loading';

/*
 * The workshop's interactive views read their plan from the address, so the static HTML
 * can only ever show a "loading" line for them. They load just after the page, as chunks
 * of their own: the plan-link checks, the presenter's session and the QR encoder stay out
 * of every page's first-load script and within the size budget. The service worker holds
 * these chunks like any other file, so they load offline too.
 */

export const PlanBuilder = dynamic(() => import('./plan-builder').then((loaded) => loaded.PlanBuilder), {
  ssr: false,
  loading: () => <p className="card">Loading the plan builder… It needs JavaScript. Each facilitator guide below also has ready-made running orders.</p>,
});

export const Presenter = dynamic(() => import('./presenter').then((loaded) => loaded.Presenter), {
  ssr: false,
  loading: () => <PlanLoading heading="Presenter" />,
});

export const SpeakerNotes = dynamic(() => import('./speaker-notes').then((loaded) => loaded.SpeakerNotes), {
  ssr: false,
  loading: () => <PlanLoading heading="Speaker notes" />,
});

export const PlanAnswerKey = dynamic(() => import('../print/plan-answer-key').then((loaded) => loaded.PlanAnswerKey), {
  ssr: false,
  loading: () => <p className="print-muted">Loading the plan…</p>,
});
