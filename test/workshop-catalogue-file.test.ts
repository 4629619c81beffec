import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { GET } from '@/app/workshop/catalogue.json/route';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';
import { catalogueUnavailable, fetchCatalogue, readCatalogueFile } from '@/lib/workshop/catalogue-file';
import { catalogueHref } from '@/lib/workshop/routes';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const catalogue = buildWorkshopCatalogue(content);

/** A fetch that answers the catalogue's address with `respond`, and fails the test for any other. */
const fetchAnswering = (respond: () => Promise<Response>) =>
  (async (input: RequestInfo | URL) => {
    expect(String(input)).toBe(catalogueHref);
    return respond();
  }) as typeof fetch;

describe('the workshop catalogue file', () => {
  it('is the catalogue the build makes, as JSON', async () => {
    const response = GET();
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(catalogue)));
  });

  it('is read back whole', async () => {
    const load = await fetchCatalogue(fetchAnswering(async () => Response.json(catalogue)));
    expect(load).toEqual({ ok: true, catalogue: JSON.parse(JSON.stringify(catalogue)) });
  });

  it.each([
    ['no connection', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a missing file', async () => new Response('Not found', { status: 404 })],
    ['a file cut short', async () => new Response(JSON.stringify(catalogue).slice(0, 500))],
    ['a page instead of the file', async () => new Response('<!doctype html><title>Wi-Fi login</title>', { status: 200 })],
  ])('gives a clear message, not a crash, for %s', async (_, respond) => {
    expect(await fetchCatalogue(fetchAnswering(respond))).toEqual({ ok: false, message: catalogueUnavailable });
  });

  it.each([null, [], {}, { modules: [] }, { ...catalogue, items: [] }, { ...catalogue, lessons: undefined }])('turns away %j', (json) => {
    expect(readCatalogueFile(json).ok).toBe(false);
  });
});
