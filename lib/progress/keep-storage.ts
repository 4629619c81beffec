import type { ProgressState } from './progress-state';

/** What the browser says of this site's storage when the device runs low on space. */
export type StorageKeeping = 'kept' | 'may-be-cleared' | 'unknown';

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist'>;

/**
 * Asks the browser to keep Groundwork's storage (saved progress, and the copy of the site
 * that opens with no signal) when the device runs low on space, rather than clearing it
 * with other sites' data. A cheap phone runs low often. Chrome decides by itself, with no
 * prompt (an installed app is kept), so asking again on a later visit can succeed; Firefox
 * asks the learner once.
 */
export async function askToKeepStorage(storage: Partial<StorageManagerLike> | undefined): Promise<StorageKeeping> {
  if (typeof storage?.persisted !== 'function' || typeof storage.persist !== 'function') return 'unknown';
  try {
    if (await storage.persisted()) return 'kept';
    return (await storage.persist()) ? 'kept' : 'may-be-cleared';
  } catch {
    return 'unknown';
  }
}

/** Whether the learner has done anything worth keeping: a lesson, an answer or a self-rating. */
export function hasProgressToKeep(state: ProgressState): boolean {
  return Object.keys(state.completedLessons).length > 0 || state.attempts.length > 0 || Object.keys(state.selfRatings).length > 0;
}
