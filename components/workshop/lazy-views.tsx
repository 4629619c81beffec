'use client';

import dynamic from 'next/dynamic';
import { planCatalogueOf } from '@/lib/workshop/catalogue';
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

export const PlanBuilder = dynamic(
  () =>
    Promise.all([import('./plan-builder'), fetchCatalogue()]).then(([{ PlanBuilder: View }, load]) => {
      if (!load.ok) return problem(load.message);
      const catalogue = planCatalogueOf(load.catalogue);
      return function LoadedPlanBuilder() {
        return <View catalogue={catalogue} />;
      };
    }),
  {
    ssr: false,
    loading: () => <p className="card">Loading the plan builder… It needs JavaScript. Each facilitator guide below also has ready-made running orders.</p>,
  },
);

export const Presenter = dynamic(
  () =>
    Promise.all([import('./presenter'), fetchCatalogue()]).then(([{ Presenter: View }, load]) => {
      if (!load.ok) return problem(load.message, 'Presenter');
      return function LoadedPresenter() {
        return <View catalogue={load.catalogue} />;
      };
    }),
  { ssr: false, loading: () => <PlanLoading heading="Presenter" /> },
);

export const SpeakerNotes = dynamic(
  () =>
    Promise.all([import('./speaker-notes'), fetchCatalogue()]).then(([{ SpeakerNotes: View }, load]) => {
      if (!load.ok) return problem(load.message, 'Speaker notes');
      return function LoadedSpeakerNotes() {
        return <View catalogue={load.catalogue} />;
      };
    }),
  { ssr: false, loading: () => <PlanLoading heading="Speaker notes" /> },
);

export const PlanAnswerKey = dynamic(
  () =>
    Promise.all([import('../print/plan-answer-key'), fetchCatalogue()]).then(([{ PlanAnswerKey: View }, load]) => {
      if (!load.ok) return problem(load.message);
      return function LoadedPlanAnswerKey() {
        return <View catalogue={load.catalogue} />;
      };
    }),
  { ssr: false, loading: () => <p className="print-muted">Loading the plan…</p> },
);

/** What a view shows in its place when the catalogue could not be fetched. */
function problem(message: string, heading?: string) {
  return function CatalogueUnavailable() {
    return <CatalogueProblem message={message} heading={heading} />;
  };
}
