import type { ReactNode } from 'react';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { catalogueUnavailable, fetchCatalogue } from '@/lib/workshop/catalogue-file';
import { CatalogueProblem } from './catalogue-problem';

/**
 * A view given the part of the catalogue `select` takes, once both the view's code
 * and the catalogue file have loaded; or, if either could not be fetched, a message in its
 * place, under `heading` for the views that are the whole page. (A view's code that failed
 * to load would otherwise fail the whole page.)
 */
export async function withCatalogue<C>(select: (catalogue: WorkshopCatalogue) => C, view: Promise<(props: { catalogue: C }) => ReactNode>, heading?: string) {
  const [View, load] = await Promise.all([view.catch(() => null), fetchCatalogue()]);
  if (!View || !load.ok) {
    // The view's code did not arrive, or the file did not: both say check the connection.
    const message = load.ok ? catalogueUnavailable : load.message;
    return function CatalogueUnavailable() {
      return <CatalogueProblem message={message} heading={heading} />;
    };
  }
  const catalogue = select(load.catalogue);
  return function LoadedView() {
    return <View catalogue={catalogue} />;
  };
}
