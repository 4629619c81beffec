'use client';

import { Link } from '@/components/site/link';
import { useState } from 'react';
import { QuizShell } from '@/components/quiz/quiz-shell';
import { useProgressHydrated } from '@/components/progress/use-progress';
import type { Attempt } from '@/lib/progress/progress-state';
import { useProgressStore } from '@/lib/progress/store';
import type { QuizData } from '@/lib/quiz/quiz-data';
import { useReviewQueue, type ReviewSnapshot } from './use-review-queue';

type ReviewSessionProps = { data: QuizData };

/**
 * Today's spaced review. The queue is worked out once, when the page has read saved
 * progress, and kept for the visit: answering changes the schedule, not today's list.
 */
export function ReviewSession({ data }: ReviewSessionProps) {
  const hydrated = useProgressHydrated();
  const attempts = useProgressStore((state) => state.attempts);
  // The answers as they were when the page opened: today's list does not move while
  // the learner works through it.
  const [openingAttempts, setOpeningAttempts] = useState<readonly Attempt[] | null>(null);
  if (hydrated && openingAttempts === null) setOpeningAttempts(attempts);
  const [reviewableIds] = useState(() => data.pool.map((item) => item.id));
  const { snapshot, failed, retry } = useReviewQueue(openingAttempts, reviewableIds);
  if (failed) {
    return (
      <div className="notice" role="alert">
        <p>Today’s review could not be worked out: part of it did not arrive. Check the connection and try again.</p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (!snapshot) return <p className="muted">Looking for questions due today…</p>;
  return <ReviewQueueView data={data} snapshot={snapshot} answeredBefore={(openingAttempts ?? []).length > 0} />;
}

function ReviewQueueView({ data, snapshot, answeredBefore }: { data: QuizData; snapshot: ReviewSnapshot; answeredBefore: boolean }) {
  const { queue, next } = snapshot;
  if (queue.today.length === 0) {
    return (
      <div className="card">
        <h2 className="card__title">Nothing to review right now</h2>
        {!answeredBefore ? (
          <p>Questions you answer in lessons and quizzes come back here on a schedule: the ones you miss soon, the ones you know later.</p>
        ) : queue.doneToday > 0 && queue.waiting === 0 ? (
          <p>You have done today’s review. Well done.</p>
        ) : (
          <p>
            {next
              ? `The next question comes due ${next.toLocaleString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}.`
              : 'Nothing is scheduled yet.'}
          </p>
        )}
        {queue.waiting > 0 && <p>{queue.waiting} more are waiting; they will come back tomorrow, a day’s worth at a time.</p>}
        <Link className="button" href="/">
          Back to the path
        </Link>
      </div>
    );
  }

  return (
    <>
      <p>
        {queue.today.length} question{queue.today.length === 1 ? '' : 's'} due today.
        {queue.waiting > 0 &&
          ` ${queue.waiting} more are waiting: to keep each day short, they are spread over the next ${queue.daysToClear} day${queue.daysToClear === 1 ? '' : 's'}.`}
      </p>
      <QuizShell source={{ data: { ...data, scope: { kind: 'review', itemIds: queue.today } } }} startLabel="Start today’s review" />
    </>
  );
}
