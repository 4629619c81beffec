import { isPlainObject } from '@/lib/checks';
import { fetchSiteFile } from '@/lib/site-file';
import type { WorkshopCatalogue } from './catalogue';
import { catalogueHref } from './routes';

/** Reading the workshop catalogue file in the browser (see lib/site-file.ts). */
export type CatalogueLoad = { ok: true; catalogue: WorkshopCatalogue } | { ok: false; message: string };

export const catalogueUnavailable =
  'The workshop material could not be loaded. Check the connection and reload the page: once it has loaded, the workshop works offline.';

/** The parsed file as a catalogue, or the message to show when it is not one. */
export function readCatalogueFile(json: unknown): CatalogueLoad {
  const looksWhole =
    isPlainObject(json) &&
    Array.isArray(json.modules) &&
    json.modules.length > 0 &&
    isPlainObject(json.lessons) &&
    isPlainObject(json.items) &&
    isPlainObject(json.activities);
  return looksWhole ? { ok: true, catalogue: json as WorkshopCatalogue } : { ok: false, message: catalogueUnavailable };
}

export async function fetchCatalogue(fetchFile: typeof fetch = fetch): Promise<CatalogueLoad> {
  const load = await fetchSiteFile(catalogueHref, (json) => {
    const read = readCatalogueFile(json);
    return read.ok ? read : undefined;
  }, fetchFile);
  return load ?? { ok: false, message: catalogueUnavailable };
}
