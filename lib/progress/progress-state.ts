import { z } from 'zod';

/**
 * What the learner has done, as it is saved in their browser. Pure functions only:
 * the store calls these, and the tests call them without React or storage.
 *
 * Changing this shape means bumping PROGRESS_VERSION and adding a step to
 * migrateProgress that brings every older version forward.
 */
export const PROGRESS_VERSION = 2;
export const PROGRESS_STORAGE_KEY = 'groundwork-progress';

/** One answer to one quiz item, kept so review and mastery can be built on it. */
export type Attempt = {
  itemId: string;
  /** The option chosen, or a summary for match-pairs and branching. */
  choice: string;
  /** null for items that are not scored. */
  correct: boolean | null;
  /** When it was answered (ISO 8601). */
  at: string;
};

/** A private "how often do I do this?" rating, 1 (rarely) to 5 (almost always). Never scored. */
export type SelfRating = { value: number; at: string };

export type ProgressState = {
  /** Lesson id → when it was first completed (ISO 8601). */
  completedLessons: Record<string, string>;
  /** Every answer given, oldest first. */
  attempts: Attempt[];
  /** Self-rating item id → the latest rating. */
  selfRatings: Record<string, SelfRating>;
};

export const initialProgress: ProgressState = { completedLessons: {}, attempts: [], selfRatings: {} };

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');
const lessonIdKey = z.string().regex(/^[a-z0-9-]+$/);

const progressV1Schema = z.object({
  completedLessons: z.record(lessonIdKey, isoDate),
});

const progressV2Schema = progressV1Schema.extend({
  attempts: z.array(
    z.object({
      itemId: lessonIdKey,
      choice: z.string().max(200),
      correct: z.boolean().nullable(),
      at: isoDate,
    }),
  ),
  selfRatings: z.record(lessonIdKey, z.object({ value: z.number().int().min(1).max(5), at: isoDate })),
});

/** Version 0 kept a plain list of finished lesson ids, with no dates. */
const progressV0Schema = z.object({
  lessonsDone: z.array(lessonIdKey),
});

export function completeLesson(state: ProgressState, lessonId: string, now: Date): ProgressState {
  if (state.completedLessons[lessonId]) return state;
  return { ...state, completedLessons: { ...state.completedLessons, [lessonId]: now.toISOString() } };
}

export function recordAttempt(state: ProgressState, attempt: Omit<Attempt, 'at'>, now: Date): ProgressState {
  return { ...state, attempts: [...state.attempts, { ...attempt, at: now.toISOString() }] };
}

export function rateSelf(state: ProgressState, itemId: string, value: number, now: Date): ProgressState {
  return { ...state, selfRatings: { ...state.selfRatings, [itemId]: { value, at: now.toISOString() } } };
}

export function isLessonComplete(state: ProgressState, lessonId: string): boolean {
  return lessonId in state.completedLessons;
}

export function countCompleted(state: ProgressState, lessonIds: readonly string[]): number {
  return lessonIds.filter((id) => isLessonComplete(state, id)).length;
}

export class UnreadableProgressError extends Error {
  constructor(
    message: string,
    readonly version: number,
  ) {
    super(message);
    this.name = 'UnreadableProgressError';
  }
}

/**
 * Brings saved progress from any earlier version up to PROGRESS_VERSION, one step at a
 * time. Throws UnreadableProgressError rather than guessing when the saved shape is not
 * one this app wrote.
 */
export function migrateProgress(persisted: unknown, fromVersion: number): ProgressState {
  let value: unknown = persisted;
  let version = fromVersion;
  if (version === 0) {
    const parsed = progressV0Schema.safeParse(value);
    if (!parsed.success) throw new UnreadableProgressError('saved progress (version 0) has an unknown shape', 0);
    // Version 0 kept no dates; the epoch marks "finished, date unknown".
    const epoch = new Date(0).toISOString();
    value = { completedLessons: Object.fromEntries(parsed.data.lessonsDone.map((id) => [id, epoch])) };
    version = 1;
  }
  if (version === 1) {
    const parsed = progressV1Schema.safeParse(value);
    if (!parsed.success) throw new UnreadableProgressError('saved progress (version 1) has an unknown shape', 1);
    // Version 2 began recording quiz answers and self-ratings; there were none before.
    value = { ...parsed.data, attempts: [], selfRatings: {} };
    version = 2;
  }
  if (version !== PROGRESS_VERSION) {
    throw new UnreadableProgressError(`saved progress has version ${fromVersion}, which this app does not know`, fromVersion);
  }
  const parsed = progressV2Schema.safeParse(value);
  if (!parsed.success) throw new UnreadableProgressError('saved progress has an unknown shape', version);
  return parsed.data;
}
