import type { ReactNode } from 'react';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { fetchCatalogue } from '@/lib/workshop/catalogue-file';
import { CatalogueProblem } from './catalogue-problem';

/**
 * A view given the part of the catalogue `select` takes, once both the view's code
 * and the catalogue file have loaded; or, if the file could not be fetched, a message in its
 * place, under `heading` for the views that are the whole page.
 */
export async function withCatalogue<C>(select: (catalogue: WorkshopCatalogue) => C, view: Promise<(props: { catalogue: C }) => ReactNode>, heading?: string) {
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
