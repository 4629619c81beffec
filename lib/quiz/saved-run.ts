import * as shape from '@/lib/checks';
import type { Question } from '@/lib/content/question-schema';
import type { ItemAnswer, QuizSession } from './session';

/**
 * A quiz in progress, kept for the browser tab so that a reload (a new version taken up,
 * or a phone that dropped the tab while the learner was in another app) picks the quiz up
 * where it was. It names its items rather than holding them: they come from the quiz's
 * data file, which may have changed since.
 */
export type SavedRun = {
  version: 1;
  /** The attempt's seed, which orders each item's options the same way again. */
  seed: number;
  itemIds: string[];
  answers: Record<string, ItemAnswer>;
};

const isItemAnswer = shape.object({ choice: shape.string(), correct: shape.nullable(shape.boolean) });
const isSavedRun: shape.Check<SavedRun> = shape.object({
  version: shape.literal(1),
  seed: shape.integer(0, 2 ** 32 - 1),
  itemIds: shape.array(shape.string((id) => id.length > 0)),
  answers: shape.record(shape.string(), isItemAnswer),
});

export const savedRunOf = (seed: number, session: QuizSession): SavedRun => ({
  version: 1,
  seed,
  itemIds: session.items.map((item) => item.id),
  answers: session.answers,
});

/** The saved run in `text`, or undefined if there is none or it is not one (never a guess). */
export function readSavedRun(text: string | null): SavedRun | undefined {
  const run = shape.parsed(text, isSavedRun);
  return run && run.itemIds.length > 0 ? run : undefined;
}

/**
 * The session a saved run stood at, with its items from `pool`: at the first question not
 * yet answered, or finished when every one was. Undefined when an item is no longer in the
 * quiz (its questions changed since) or the answers do not fit the items.
 */
export function restoreSession(run: SavedRun, pool: readonly Question[]): QuizSession | undefined {
  const byId = new Map(pool.map((item) => [item.id, item]));
  const items = run.itemIds.map((id) => byId.get(id));
  if (items.some((item) => item === undefined) || new Set(run.itemIds).size !== run.itemIds.length) return undefined;
  // Questions are answered in order, so the answered ones are the first few.
  const answered = run.itemIds.findIndex((id) => !run.answers[id]);
  const index = answered === -1 ? run.itemIds.length : answered;
  if (Object.keys(run.answers).some((id) => !run.itemIds.slice(0, index).includes(id))) return undefined;
  return { items: items as Question[], index: Math.min(index, items.length - 1), answers: run.answers, finished: index === items.length };
}

