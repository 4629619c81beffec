'use client';

import Link from 'next/link';
import { useState } from 'react';
import { QuizShell } from '@/components/quiz/quiz-shell';
import { useProgressHydrated } from '@/components/progress/use-progress';
import { nextDue, reviewCards, reviewQueue } from '@/lib/progress/review';
import { useProgressStore } from '@/lib/progress/store';
import type { QuizData } from '@/lib/quiz/quiz-data';

type ReviewSessionProps = { data: QuizData };

/**
 * Today's spaced review. The queue is worked out once, when the page has read saved
 * progress, and kept for the session: answering changes the schedule, not today's list.
 */
export function ReviewSession({ data }: ReviewSessionProps) {
  const hydrated = useProgressHydrated();
  const attempts = useProgressStore((state) => state.attempts);
  const [queue] = useState(() => ({ at: new Date() }));
  if (!hydrated) return <p className="muted">Looking for questions due today…</p>;
  return <ReviewQueueView data={data} attempts={attempts} now={queue.at} />;
}

function ReviewQueueView({ data, attempts, now }: { data: QuizData; attempts: ReturnType<typeof useProgressStore.getState>['attempts']; now: Date }) {
  // Fixed for this visit: the list the learner started with.
  const [snapshot] = useState(() => {
    const cards = reviewCards(attempts, new Set(data.pool.map((item) => item.id)));
    return { queue: reviewQueue(cards, attempts, now), next: nextDue(cards, now) };
  });
  const { queue, next } = snapshot;

  if (queue.today.length === 0) {
    return (
      <div className="card">
        <h2 className="card__title">Nothing to review right now</h2>
        {attempts.length === 0 ? (
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
      <QuizShell data={{ ...data, scope: { kind: 'review', itemIds: queue.today } }} startLabel="Start today’s review" />
    </>
  );
}
