'use client';

import { isLessonComplete } from '@/lib/progress/progress-state';
import { useProgress } from './use-progress';

/** A plain tick beside a lesson the learner has finished. */
export function LessonTick({ lessonId }: { lessonId: string }) {
  const done = useProgress((state) => isLessonComplete(state, lessonId), false);
  if (!done) return <span className="visually-hidden">Not done yet</span>;
  return (
    <span className="tick">
      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Done
    </span>
  );
}
