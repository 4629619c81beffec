import type { ProgressState } from './progress-state';

/**
 * Combines two copies of progress so that nothing either holds is lost: used when two
 * tabs write at once, each merging what the other saved before writing its own.
 */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const completedLessons = { ...b.completedLessons };
  for (const [lessonId, at] of Object.entries(a.completedLessons)) {
    const other = completedLessons[lessonId];
    if (!other || at < other) completedLessons[lessonId] = at;
  }

  const attemptKey = (attempt: ProgressState['attempts'][number]) => `${attempt.at}|${attempt.itemId}`;
  const attempts = new Map(a.attempts.map((attempt) => [attemptKey(attempt), attempt]));
  for (const attempt of b.attempts) if (!attempts.has(attemptKey(attempt))) attempts.set(attemptKey(attempt), attempt);

  const selfRatings = { ...a.selfRatings };
  for (const [itemId, rating] of Object.entries(b.selfRatings)) {
    const other = selfRatings[itemId];
    if (!other || rating.at > other.at) selfRatings[itemId] = rating;
  }

  return {
    completedLessons,
    attempts: [...attempts.values()].sort((x, y) => x.at.localeCompare(y.at)),
    selfRatings,
    activityDays: [...new Set([...a.activityDays, ...b.activityDays])].sort(),
  };
}
