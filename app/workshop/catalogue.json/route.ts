import { getContent } from '@/lib/content';
import { buildWorkshopCatalogue } from '@/lib/workshop/catalogue';

export const dynamic = 'force-static';

/**
 * The workshop's content as one static file, written by the build. The plan builder,
 * presenter, notes and answer key fetch it as they load, rather than each carrying it in
 * its HTML, so those pages stay small and the service worker stores it once.
 */
export function GET() {
  return Response.json(buildWorkshopCatalogue(getContent()));
}
