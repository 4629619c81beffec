'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { useBrowserValue } from '@/components/site/use-browser-value';
import { fetchQuizData, quizDataUnavailable, type QuizData, type QuizDataLoad } from '@/lib/quiz/quiz-data';
import { savedRunKey } from '@/lib/quiz/run-storage';
import { tabStorage } from '@/lib/tab-storage';
import type { QuizAttempt, QuizRunner as QuizRunnerComponent } from './quiz-runner';

// The quiz engine loads only when the learner starts, so lesson pages stay light. It is
// loaded by hand rather than with next/dynamic: a failed load then says so and can be
// tried again, where a lazy component that failed once fails the whole page for good.
// Picking up a kept run needs its code too, so it comes with the engine.
const loadRunner = () =>
  Promise.all([import('./quiz-runner'), import('@/lib/quiz/saved-run')]).then(([{ QuizRunner }, { readSavedRun, restoreSession }]) => ({
    Runner: QuizRunner,
    readSavedRun,
    restoreSession,
  }));

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
  /** As the page opens: the start button, unless the tab kept a run to pick up. */
  | { step: 'opening' }
  | { step: 'ready'; questionsChanged?: boolean }
  | { step: 'loading' }
  | { step: 'failed'; message: string; resuming: boolean }
  | { step: 'running'; data: QuizData; Runner: typeof QuizRunnerComponent; resumed?: QuizAttempt };

/**
 * The quiz's frame: the start button, and the live region that announces each result.
 * The region is in the page from the first paint so screen readers are listening
 * before the first answer is given.
 */
export function QuizShell({ source, startLabel, completesLesson }: QuizShellProps) {
  const [state, setState] = useState<ShellState>({ step: 'opening' });
  const [announcement, setAnnouncement] = useState('');
  // A quiz read from its file keeps its run for the tab. Today's review does not: after a
  // reload it is worked out again from the answers given, which is where it had got to.
  const runKey = 'href' in source ? savedRunKey(source.href) : undefined;

  /** Loads the engine and the questions, and works out what the quiz shows next. */
  const load = async (resuming: boolean): Promise<{ next: ShellState; announce?: string }> => {
    // The engine's code and the questions load side by side; if either does not arrive
    // (a patchy signal before the site is saved on the device), the learner can try again.
    const [engine, questions] = await Promise.all([
      loadRunner().catch(() => null),
      'data' in source ? ({ ok: true, data: source.data } satisfies QuizDataLoad) : fetchQuizData(source.href),
    ]);
    if (!questions.ok) return { next: { step: 'failed', message: questions.message, resuming } };
    if (!engine) return { next: { step: 'failed', message: quizDataUnavailable, resuming } };
    if (!resuming || !runKey) return { next: { step: 'running', data: questions.data, Runner: engine.Runner } };

    const run = engine.readSavedRun(tabStorage.read(runKey));
    const session = run && engine.restoreSession(run, questions.data.pool);
    if (!run || !session) {
      // Unreadable, or its questions have changed since (a new version of the site).
      tabStorage.forget(runKey);
      return { next: { step: 'ready', questionsChanged: Boolean(run) } };
    }
    return {
      next: { step: 'running', data: questions.data, Runner: engine.Runner, resumed: { seed: run.seed, session } },
      announce: session.finished
        ? 'Picked up where you left off: every question is answered. Your results are below.'
        : `Picked up where you left off: question ${session.index + 1} of ${session.items.length}.`,
    };
  };

  const show = ({ next, announce }: { next: ShellState; announce?: string }) => {
    setState(next);
    if (announce) setAnnouncement(announce);
  };

  const start = (resuming = false) => {
    setState({ step: 'loading' });
    void load(resuming).then(show);
  };

  // After a reload in the middle of a quiz (a new version taken up, or a phone that dropped
  // the tab while the learner was in another app), the quiz carries on where it was.
  // The tab's storage is read only while the quiz is opening, not on every render after;
  // kept runs change only as this tab's own quiz goes, which re-renders anyway.
  const resumingAsPageOpens = useBrowserValue(() => state.step === 'opening' && runKey !== undefined && tabStorage.read(runKey) !== null, false);
  const resume = useEffectEvent(() => void load(true).then(show));
  useEffect(() => {
    if (resumingAsPageOpens) resume();
  }, [resumingAsPageOpens]);

  return (
    <div className="quiz">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="quiz-announcer">
        {announcement}
      </div>
      {state.step === 'running' && (
        <state.Runner data={state.data} announce={setAnnouncement} completesLesson={completesLesson} runKey={runKey} resumed={state.resumed} />
      )}
      {(state.step === 'loading' || resumingAsPageOpens) && <Loading />}
      {state.step === 'failed' && (
        <div className="notice" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={() => start(state.resuming)}>
            Try again
          </button>
        </div>
      )}
      {state.step === 'ready' && state.questionsChanged && (
        <p className="muted">The questions have changed since you started this quiz, so it starts afresh.</p>
      )}
      {(state.step === 'ready' || (state.step === 'opening' && !resumingAsPageOpens)) && (
        <button type="button" className="button" onClick={() => start()}>
          {startLabel}
        </button>
      )}
    </div>
  );
}
