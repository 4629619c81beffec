'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { QuizData } from '@/lib/quiz/quiz-data';

// The quiz engine loads only when the learner starts, so lesson pages stay light.
const QuizRunner = dynamic(() => import('./quiz-runner').then((loaded) => loaded.QuizRunner), {
  ssr: false,
  loading: () => <p className="muted">Loading the questions…</p>,
});

type QuizShellProps = {
  data: QuizData;
  startLabel: string;
  /** A lesson id to mark done when the quiz is finished (the lesson's own check). */
  completesLesson?: string;
};

/**
 * The quiz's frame: the start button, and the live region that announces each result.
 * The region is in the page from the first paint so screen readers are listening
 * before the first answer is given.
 */
export function QuizShell({ data, startLabel, completesLesson }: QuizShellProps) {
  const [started, setStarted] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="quiz">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="quiz-announcer">
        {announcement}
      </div>
      {started ? (
        <QuizRunner data={data} announce={setAnnouncement} completesLesson={completesLesson} />
      ) : (
        <button type="button" className="button" onClick={() => setStarted(true)}>
          {startLabel}
        </button>
      )}
    </div>
  );
}
