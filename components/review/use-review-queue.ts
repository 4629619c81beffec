'use client';

import { useEffect, useState } from 'react';
import type { Attempt } from '@/lib/progress/progress-state';
import type { ReviewQueue } from '@/lib/progress/review';

export type ReviewSnapshot = { queue: ReviewQueue; next: Date | undefined };

/**
 * Works out today's review from the recorded answers. The scheduler (ts-fsrs) is loaded
 * only when this runs, so it is not part of any page's first load. Null until ready.
 */
export function useReviewQueue(attempts: readonly Attempt[] | null, reviewableIds: readonly string[]): ReviewSnapshot | null {
  const [snapshot, setSnapshot] = useState<{ for: readonly Attempt[]; value: ReviewSnapshot } | null>(null);
  useEffect(() => {
    if (!attempts) return;
    let cancelled = false;
    void import('@/lib/progress/review').then(({ nextDue, reviewCards, reviewQueue }) => {
      if (cancelled) return;
      const now = new Date();
      const cards = reviewCards(attempts, new Set(reviewableIds));
      setSnapshot({ for: attempts, value: { queue: reviewQueue(cards, attempts, now), next: nextDue(cards, now) } });
    });
    return () => {
      cancelled = true;
    };
  }, [attempts, reviewableIds]);
  return snapshot && snapshot.for === attempts ? snapshot.value : null;
}
