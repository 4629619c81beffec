'use client';

import { useState } from 'react';
import { fetchQuizData, quizDataUnavailable, type QuizData, type QuizDataLoad } from '@/lib/quiz/quiz-data';
import type { QuizRunner as QuizRunnerComponent } from './quiz-runner';

// The quiz engine loads only when the learner starts, so lesson pages stay light. It is
// loaded by hand rather than with next/dynamic: a failed load then says so and can be
// tried again, where a lazy component that failed once fails the whole page for good.
const loadRunner = () => import('./quiz-runner').then((loaded) => loaded.QuizRunner);

const Loading = () => <p className="muted">Loading the questions…</p>;

type QuizShellProps = {
  /**
   * The quiz's items: the address of its data file (fetched when the learner starts, so the
   * page does not carry the questions), or the data itself when the page has worked it out.
   */
  source: { href: string } | { data: QuizData };
  startLabel: string;
  /** A lesson id to mark done when the quiz is finished (the lesson's own check). */
  completesLesson?: string;
};

type ShellState =
  | { step: 'ready' }
  | { step: 'loading' }
  | { step: 'failed'; message: string }
  | { step: 'running'; data: QuizData; Runner: typeof QuizRunnerComponent };

/**
 * The quiz's frame: the start button, and the live region that announces each result.
 * The region is in the page from the first paint so screen readers are listening
 * before the first answer is given.
 */
export function QuizShell({ source, startLabel, completesLesson }: QuizShellProps) {
  const [state, setState] = useState<ShellState>({ step: 'ready' });
  const [announcement, setAnnouncement] = useState('');

  const start = async () => {
    setState({ step: 'loading' });
    // The engine's code and the questions load side by side; if either does not arrive
    // (a patchy signal before the site is saved on the device), the learner can try again.
    const [Runner, load] = await Promise.all([
      loadRunner().catch(() => null),
      'data' in source ? ({ ok: true, data: source.data } satisfies QuizDataLoad) : fetchQuizData(source.href),
    ]);
    if (!load.ok) setState({ step: 'failed', message: load.message });
    else if (!Runner) setState({ step: 'failed', message: quizDataUnavailable });
    else setState({ step: 'running', data: load.data, Runner });
  };

  return (
    <div className="quiz">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="quiz-announcer">
        {announcement}
      </div>
      {state.step === 'running' && <state.Runner data={state.data} announce={setAnnouncement} completesLesson={completesLesson} />}
      {state.step === 'loading' && <Loading />}
      {state.step === 'failed' && (
        <div className="notice" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={() => void start()}>
            Try again
          </button>
        </div>
      )}
      {state.step === 'ready' && (
        <button type="button" className="button" onClick={() => void start()}>
          {startLabel}
        </button>
      )}
    </div>
  );
}
