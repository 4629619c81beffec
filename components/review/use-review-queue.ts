'use client';

import { useEffect, useState } from 'react';
import type { Attempt } from '@/lib/progress/progress-state';
import type { ReviewQueue } from '@/lib/progress/review';

export type ReviewSnapshot = { queue: ReviewQueue; next: Date | undefined };

export type ReviewQueueState = {
  /** Today's review, or null until it has been worked out. */
  snapshot: ReviewSnapshot | null;
  /** The scheduler's code did not arrive (a patchy signal before the site is on the device). */
  failed: boolean;
  /** Loads the scheduler again after a failure. */
  retry: () => void;
};

/**
 * Works out today's review from the recorded answers. The scheduler (ts-fsrs) is loaded
 * only when this runs, so it is not part of any page's first load.
 */
export function useReviewQueue(attempts: readonly Attempt[] | null, reviewableIds: readonly string[]): ReviewQueueState {
  const [result, setResult] = useState<{ for: readonly Attempt[]; tries: number; value: ReviewSnapshot | 'failed' } | null>(null);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!attempts) return;
    let cancelled = false;
    import('@/lib/progress/review').then(
      ({ nextDue, reviewCards, reviewQueue }) => {
        if (cancelled) return;
        const now = new Date();
        const cards = reviewCards(attempts, new Set(reviewableIds));
        setResult({ for: attempts, tries, value: { queue: reviewQueue(cards, attempts, now), next: nextDue(cards, now) } });
      },
      () => {
        if (!cancelled) setResult({ for: attempts, tries, value: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempts, reviewableIds, tries]);
  const current = result && result.for === attempts && result.tries === tries ? result.value : null;
  return {
    snapshot: current === 'failed' ? null : current,
    failed: current === 'failed',
    retry: () => setTries((count) => count + 1),
  };
}
