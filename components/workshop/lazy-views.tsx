'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { planCatalogueOf, type WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { fetchCatalogue } from '@/lib/workshop/catalogue-file';
import { CatalogueProblem } from './catalogue-problem';
import { PlanLoading } from './plan-loading';

/*
 * The workshop's interactive views read their plan from the address, so the static HTML
 * can only ever show a "loading" line for them. Each loads just after its page, as a chunk
 * of its own, together with the workshop catalogue (one static JSON file, fetched at the
 * same time): the plan-link checks, the presenter's session, the QR encoder and the
 * question bank stay out of the pages' first load, and the pages stay small. The service
 * worker holds the chunks and the file like any other, so all of it loads offline too.
 */

/** The views that take the whole catalogue, not a part of it. */
const whole = (catalogue: WorkshopCatalogue) => catalogue;

export const PlanBuilder = dynamic(() => withCatalogue(planCatalogueOf, import('./plan-builder').then((loaded) => loaded.PlanBuilder)), {
  ssr: false,
  loading: () => <p className="card">Loading the plan builder… It needs JavaScript. Each facilitator guide below also has ready-made running orders.</p>,
});

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

/**
 * A view given the part of the catalogue `select` takes, once both the view's code
 * and the catalogue file have loaded; or, if the file could not be fetched, a message in its
 * place, under `heading` for the views that are the whole page.
 */
async function withCatalogue<C>(select: (catalogue: WorkshopCatalogue) => C, view: Promise<(props: { catalogue: C }) => ReactNode>, heading?: string) {
  const [View, load] = await Promise.all([view, fetchCatalogue()]);
  if (!load.ok) {
    return function CatalogueUnavailable() {
      return <CatalogueProblem message={load.message} heading={heading} />;
    };
  }
  const catalogue = select(load.catalogue);
  return function LoadedView() {
    return <View catalogue={catalogue} />;
  };
}
