import type { ProgressState } from './progress-state';

/** An answer is the same answer in two copies when it was given to the same question at the same moment. */
const attemptKey = (attempt: ProgressState['attempts'][number]) => `${attempt.at}|${attempt.itemId}`;

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

/**
 * Whether `a` holds anything `b` does not, as `mergeProgress` counts it: a lesson (or an
 * earlier time for one), an answer, a newer self-rating, or a day of activity.
 */
export function hasProgressBeyond(a: ProgressState, b: ProgressState): boolean {
  for (const [lessonId, at] of Object.entries(a.completedLessons)) {
    const other = b.completedLessons[lessonId];
    if (!other || at < other) return true;
  }
  const answered = new Set(b.attempts.map(attemptKey));
  if (a.attempts.some((attempt) => !answered.has(attemptKey(attempt)))) return true;
  for (const [itemId, rating] of Object.entries(a.selfRatings)) {
    const other = b.selfRatings[itemId];
    if (!other || rating.at > other.at) return true;
  }
  const days = new Set(b.activityDays);
  return a.activityDays.some((day) => !days.has(day));
}

/**
 * What a tab holds once another tab has saved, and whether it must save again. A tab reads
 * its own copy of storage, which the browser brings up to date a moment after another tab
 * writes, so a tab can save without having seen another's latest save and write over it.
 * Merging what is saved into what this tab holds keeps both, and when this tab held
 * something the saved copy lacks, it saves again. An import, a reset or a restore replaces
 * progress on purpose and is stamped with its time: a stamp newer than any this tab has
 * seen is taken as it is, or merging would bring back what was replaced.
 */
export function progressAfterAnotherTabSaved(
  mine: ProgressState,
  saved: ProgressState,
  stamps: { replacedAt: string | undefined; replacementSeen: string | undefined },
): { progress: ProgressState; saveAgain: boolean } {
  const { replacedAt, replacementSeen } = stamps;
  const replacedSinceSeen = replacedAt !== undefined && (replacementSeen === undefined || replacedAt > replacementSeen);
  if (replacedSinceSeen) return { progress: saved, saveAgain: false };
  return { progress: mergeProgress(saved, mine), saveAgain: hasProgressBeyond(mine, saved) };
}
