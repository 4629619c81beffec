'use client';

import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/lib/content/question-schema';
import { useProgressStore } from '@/lib/progress/store';
import { newSeed, seededRandom } from '@/lib/quiz/random';
import { buildQuiz } from '@/lib/quiz/select';
import { tabStorage } from '@/lib/tab-storage';
import { savedRunOf } from '@/lib/quiz/saved-run';
import { answerItem, nextItem, startSession, type ItemAnswer, type QuizSession } from '@/lib/quiz/session';
import { BranchingItem } from './branching-item';
import { MatchPairsItem } from './match-pairs-item';
import type { QuizData } from '@/lib/quiz/quiz-data';
import { QuizResults } from './quiz-results';
import { SingleAnswerItem } from './single-answer-item';

/** One go at a quiz: its items and answers, and the seed that orders each item's options. */
export type QuizAttempt = { seed: number; session: QuizSession };

type QuizRunnerProps = {
  data: QuizData;
  announce: (message: string) => void;
  completesLesson?: string;
  /** Where the run in progress is kept for the tab (lib/quiz/saved-run.ts); none for the review. */
  runKey?: string;
  /** A run picked up after a reload, in place of a new set of questions. */
  resumed?: QuizAttempt;
};

function newAttempt(data: QuizData, only?: Question[]): QuizAttempt {
  const seed = newSeed();
  const items = only ?? buildQuiz(data.pool, data.scope, seededRandom(seed));
  return { seed, session: startSession(items) };
}

/** Runs one quiz: an item at a time, feedback after each, results at the end. */
export function QuizRunner({ data, announce, completesLesson, runKey, resumed }: QuizRunnerProps) {
  const [attempt, setAttempt] = useState(() => resumed ?? newAttempt(data));
  const { session, seed } = attempt;
  const recordAttempt = useProgressStore((state) => state.recordAttempt);
  const completeLesson = useProgressStore((state) => state.completeLesson);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The start button is gone once the quiz appears: focus its first question instead.
  useEffect(() => headingRef.current?.focus(), []);

  // A run picked up with every question answered goes straight to its results, and is
  // finished as "See your results" would have finished it.
  const finishedWhenResumed = useRef(resumed?.session.finished === true);
  useEffect(() => {
    if (finishedWhenResumed.current && completesLesson) completeLesson(completesLesson);
  }, [completesLesson, completeLesson]);

  // Keep the run for the tab as it goes, so a reload picks it up; a finished run is let go.
  useEffect(() => {
    if (!runKey) return;
    if (attempt.session.finished) tabStorage.forget(runKey);
    else tabStorage.keep(runKey, savedRunOf(attempt.seed, attempt.session));
  }, [runKey, attempt]);

  const update = (next: QuizSession) => setAttempt((current) => ({ ...current, session: next }));

  const review = data.scope.kind === 'review';
  const onAnswer = (item: Question, answer: ItemAnswer, message: string) => {
    recordAttempt({ itemId: item.id, choice: answer.choice, correct: answer.correct, ...(review ? { review } : {}) });
    update(answerItem(session, item.id, answer));
    announce(message);
  };

  const onNext = () => {
    const next = nextItem(session);
    if (next.finished && completesLesson) completeLesson(completesLesson);
    update(next);
    announce(next.finished ? 'Quiz finished. Your results are below.' : `Question ${next.index + 1} of ${next.items.length}.`);
    // Put the learner at the top of the new question (or the results), not mid-page.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const restart = (only?: Question[]) => {
    setAttempt(newAttempt(data, only));
    announce(only ? `Retrying ${only.length} question${only.length === 1 ? '' : 's'}.` : 'A new set of questions.');
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  if (session.finished) {
    return (
      <QuizResults
        session={session}
        data={data}
        headingRef={headingRef}
        onRetryMistakes={(mistakes) => restart(mistakes)}
        onNewSet={() => restart()}
      />
    );
  }

  const item = session.items[session.index]!;
  const answer = session.answers[item.id];
  const isLast = session.index === session.items.length - 1;
  const key = `${seed}-${item.id}`;
  const itemProps = { answered: answer, onAnswer: (given: ItemAnswer, message: string) => onAnswer(item, given, message) };

  return (
    <div className="quiz-item" data-item-id={item.id}>
      <h3 className="quiz-item__count" ref={headingRef} tabIndex={-1}>
        Question {session.index + 1} of {session.items.length}
      </h3>
      {item.kind === 'match-pairs' ? (
        <MatchPairsItem key={key} {...itemProps} item={item} data={data} seed={seed} />
      ) : item.kind === 'branching' ? (
        <BranchingItem key={key} {...itemProps} item={item} />
      ) : item.kind === 'self-rating' ? null : (
        <SingleAnswerItem key={key} {...itemProps} item={item} data={data} seed={seed} />
      )}
      {answer && (
        <button type="button" className="button quiz-next" onClick={onNext}>
          {isLast ? 'See your results' : 'Next question'}
        </button>
      )}
    </div>
  );
}
