'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { fetchQuizData, type QuizData } from '@/lib/quiz/quiz-data';

const loadRunner = () => import('./quiz-runner');

// The quiz engine loads only when the learner starts, so lesson pages stay light.
const QuizRunner = dynamic(() => loadRunner().then((loaded) => loaded.QuizRunner), {
  ssr: false,
  loading: () => <Loading />,
});

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

type ShellState = { step: 'ready' } | { step: 'loading' } | { step: 'failed'; message: string } | { step: 'running'; data: QuizData };

/**
 * The quiz's frame: the start button, and the live region that announces each result.
 * The region is in the page from the first paint so screen readers are listening
 * before the first answer is given.
 */
export function QuizShell({ source, startLabel, completesLesson }: QuizShellProps) {
  const [state, setState] = useState<ShellState>({ step: 'ready' });
  const [announcement, setAnnouncement] = useState('');

  const start = async () => {
    if ('data' in source) {
      setState({ step: 'running', data: source.data });
      return;
    }
    setState({ step: 'loading' });
    // The engine's code and the questions load side by side.
    void loadRunner();
    const load = await fetchQuizData(source.href);
    setState(load.ok ? { step: 'running', data: load.data } : { step: 'failed', message: load.message });
  };

  return (
    <div className="quiz">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="quiz-announcer">
        {announcement}
      </div>
      {state.step === 'running' && <QuizRunner data={state.data} announce={setAnnouncement} completesLesson={completesLesson} />}
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
