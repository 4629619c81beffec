import type { PrintPiece } from '@/lib/content/guide-schema';

/** The workshop's URLs. Trainers bookmark and print them: keep them stable. */

export const workshopHref = '/workshop/';
export const cardsHref = '/cards/';
export const printHref = '/print/';

export const guideHref = (moduleId: string) => `/workshop/guide/${moduleId}/`;

/** The plan code is base64url, which needs no escaping in a query string. */
const withPlan = (path: string, code?: string) => (code ? `${path}?plan=${code}` : path);

export const builderHref = (code?: string) => withPlan(workshopHref, code);
export const presentHref = (code?: string) => withPlan('/workshop/present/', code);
export const notesHref = (code?: string) => withPlan('/workshop/notes/', code);
export const printPieceHref = (piece: PrintPiece, code?: string) => withPlan(`/print/${piece}/`, code);

/** The workshop catalogue as a static file (app/workshop/catalogue.json/route.ts). */
export const catalogueHref = '/workshop/catalogue.json';
