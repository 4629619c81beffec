'use client';

import { isLessonComplete } from '@/lib/progress/progress-state';
import { useProgress } from './use-progress';

/**
 * A plain tick beside a lesson the learner has finished. The two states are different
 * elements (keyed), so the tick arrives as a new element once progress has been read rather
 * than as the hidden "not done" text moving into view, which the browser counts as a shift.
 */
export function LessonTick({ lessonId }: { lessonId: string }) {
  const done = useProgress((state) => isLessonComplete(state, lessonId), false);
  if (!done)
    return (
      <span key="not-done" className="visually-hidden">
        Not done yet
      </span>
    );
  return (
    <span key="done" className="tick">
      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Done
    </span>
  );
}
