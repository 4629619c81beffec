/**
 * The four modules, in teaching order. Kept apart from the content schema so browser code
 * that only needs the ids (a plan link, say) does not pull the whole schema and zod with it.
 */
export const moduleIds = ['organiser', 'factionalist', 'square-pegs', 'benn'] as const;
export type ModuleId = (typeof moduleIds)[number];
