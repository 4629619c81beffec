import type { WorkshopCatalogue } from './catalogue';
import { catalogueHref } from './routes';

/**
 * Reading the workshop catalogue file in the browser. It is the site's own file, built
 * with the page, so this checks only that it arrived whole; what can still go wrong is the
 * network (offline before the service worker has it) or a file cut short on the way.
 */
export type CatalogueLoad = { ok: true; catalogue: WorkshopCatalogue } | { ok: false; message: string };

export const catalogueUnavailable =
  'The workshop material could not be loaded. Check the connection and reload the page: once it has loaded, the workshop works offline.';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parsed file as a catalogue, or the message to show when it is not one. */
export function readCatalogueFile(json: unknown): CatalogueLoad {
  const looksWhole =
    isRecord(json) &&
    Array.isArray(json.modules) &&
    json.modules.length > 0 &&
    isRecord(json.lessons) &&
    isRecord(json.items) &&
    isRecord(json.activities);
  return looksWhole ? { ok: true, catalogue: json as WorkshopCatalogue } : { ok: false, message: catalogueUnavailable };
}

export async function fetchCatalogue(fetchFile: typeof fetch = fetch): Promise<CatalogueLoad> {
  try {
    const response = await fetchFile(catalogueHref);
    if (!response.ok) return { ok: false, message: catalogueUnavailable };
    return readCatalogueFile(await response.json());
  } catch {
    return { ok: false, message: catalogueUnavailable };
  }
}
