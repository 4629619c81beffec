'use client';

import { Link } from '@/components/site/link';
import { useState } from 'react';
import { isLessonComplete } from '@/lib/progress/progress-state';
import { useProgressStore } from '@/lib/progress/store';
import { useProgress, useProgressHydrated } from './use-progress';

type CompleteLessonProps = {
  lessonId: string;
  next?: { href: string; title: string };
  moduleHref: string;
};

/** The end of a lesson: mark it done, then go on. */
export function CompleteLesson({ lessonId, next, moduleHref }: CompleteLessonProps) {
  const hydrated = useProgressHydrated();
  const done = useProgress((state) => isLessonComplete(state, lessonId), false);
  const completeLesson = useProgressStore((state) => state.completeLesson);
  // The button disappears when pressed; focus goes to what replaces it, never lost.
  const [justCompleted, setJustCompleted] = useState(false);
  const focusOnMount = justCompleted ? (element: HTMLAnchorElement | null) => element?.focus() : undefined;

  return (
    <section className="complete-box" aria-labelledby="complete-heading">
      <h2 id="complete-heading" className="visually-hidden">
        Finish this lesson
      </h2>
      <div aria-live="polite">
        {done ? (
          <p>
            <span className="tick">✓ Done</span> — this lesson is ticked off on your path.
          </p>
        ) : (
          <p>Read it through and thought about the prompts? Mark it done to tick it off your path.</p>
        )}
      </div>
      {done ? (
        next ? (
          <Link className="button" href={next.href} ref={focusOnMount}>
            Next: {next.title}
          </Link>
        ) : (
          <Link className="button" href={moduleHref} ref={focusOnMount}>
            Back to the module
          </Link>
        )
      ) : (
        <button type="button" className="button" disabled={!hydrated}
          onClick={() => {
            completeLesson(lessonId);
            setJustCompleted(true);
          }}
        >
          Mark as done
        </button>
      )}
    </section>
  );
}
