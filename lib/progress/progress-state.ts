import * as shape from '@/lib/checks';
import { isLocalDay, localDay, withDay, type LocalDay } from './dates';

/**
 * What the learner has done, as it is saved in their browser. Pure functions only:
 * the store calls these, and the tests call them without React or storage.
 *
 * Changing this shape means bumping PROGRESS_VERSION and adding a step to
 * migrateProgress that brings every older version forward.
 */
export const PROGRESS_VERSION = 3;
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
  /** Answered in the spaced review rather than a lesson or quiz. */
  review?: boolean;
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
  /** The learner's own calendar days on which they did something, sorted. */
  activityDays: LocalDay[];
};

export const initialProgress: ProgressState = { completedLessons: {}, attempts: [], selfRatings: {}, activityDays: [] };

const isoDate = shape.string((value) => !Number.isNaN(Date.parse(value)));
const lessonIdKey = shape.string((value) => /^[a-z0-9-]+$/.test(value));

/** Version 0 kept a plain list of finished lesson ids, with no dates. */
const isProgressV0 = shape.object({ lessonsDone: shape.array(lessonIdKey) });

const v1Fields = { completedLessons: shape.record(lessonIdKey, isoDate) };
const isProgressV1 = shape.object(v1Fields);

const isAttempt = shape.object(
  {
    itemId: lessonIdKey,
    choice: shape.string((value) => value.length <= 200),
    correct: shape.nullable(shape.boolean),
    at: isoDate,
    review: shape.boolean,
  },
  ['review'],
);

const v2Fields = {
  ...v1Fields,
  attempts: shape.array(isAttempt),
  selfRatings: shape.record(lessonIdKey, shape.object({ value: shape.integer(1, 5), at: isoDate })),
};
const isProgressV2 = shape.object(v2Fields);

const isProgressV3 = shape.object({ ...v2Fields, activityDays: shape.array(shape.string(isLocalDay)) });

/** Marks `day` (the learner's local date) as a day they did something. */
function active(state: ProgressState, day: LocalDay): ProgressState {
  const activityDays = withDay(state.activityDays, day);
  return activityDays === state.activityDays ? state : { ...state, activityDays };
}

export function completeLesson(state: ProgressState, lessonId: string, now: Date, day = localDay(now)): ProgressState {
  if (state.completedLessons[lessonId]) return state;
  return active({ ...state, completedLessons: { ...state.completedLessons, [lessonId]: now.toISOString() } }, day);
}

export function recordAttempt(state: ProgressState, attempt: Omit<Attempt, 'at'>, now: Date, day = localDay(now)): ProgressState {
  return active({ ...state, attempts: [...state.attempts, { ...attempt, at: now.toISOString() }] }, day);
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

/** Progress saved by a newer version of the app: left untouched, never overwritten. */
export class NewerProgressError extends UnreadableProgressError {
  constructor(version: number) {
    super(`saved progress has version ${version}, from a newer version of Groundwork`, version);
    this.name = 'NewerProgressError';
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
    if (!isProgressV0(value)) throw new UnreadableProgressError('saved progress (version 0) has an unknown shape', 0);
    // Version 0 kept no dates; the epoch marks "finished, date unknown".
    const epoch = new Date(0).toISOString();
    value = { completedLessons: Object.fromEntries(value.lessonsDone.map((id) => [id, epoch])) };
    version = 1;
  }
  if (version === 1) {
    if (!isProgressV1(value)) throw new UnreadableProgressError('saved progress (version 1) has an unknown shape', 1);
    // Version 2 began recording quiz answers and self-ratings; there were none before.
    value = { ...value, attempts: [], selfRatings: {} };
    version = 2;
  }
  if (version === 2) {
    if (!isProgressV2(value)) throw new UnreadableProgressError('saved progress (version 2) has an unknown shape', 2);
    // Version 3 began keeping the learner's active days for the streak. Earlier activity
    // is dated in the device's present time zone: the best that can be known now.
    const times = [...Object.values(value.completedLessons), ...value.attempts.map((attempt) => attempt.at)];
    const activityDays = [...new Set(times.filter((at) => Date.parse(at) > 0).map((at) => localDay(new Date(at))))].sort();
    value = { ...value, activityDays };
    version = 3;
  }
  if (version > PROGRESS_VERSION) throw new NewerProgressError(version);
  if (version !== PROGRESS_VERSION) {
    throw new UnreadableProgressError(`saved progress has version ${fromVersion}, which this app does not know`, fromVersion);
  }
  if (!isProgressV3(value)) throw new UnreadableProgressError('saved progress has an unknown shape', version);
  return value;
}
