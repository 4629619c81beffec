'use client';

import { countCompleted } from '@/lib/progress/progress-state';
import { useProgress } from './use-progress';

type ModuleProgressProps = { lessonIds: string[]; label: string };

/** "3 of 10 lessons done", with a short bar. Shows 0 until saved progress is read. */
export function ModuleProgress({ lessonIds, label }: ModuleProgressProps) {
  const done = useProgress((state) => countCompleted(state, lessonIds), 0);
  const total = lessonIds.length;
  return (
    <div className="progress-line">
      <span>
        {done === total ? '✓ ' : ''}
        {done} of {total} lessons done
      </span>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={`${label}: lessons done`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
      >
        <div className="progress-bar__fill" style={{ width: `${(done / total) * 100}%` }} />
      </div>
    </div>
  );
}
