'use client';

import { useProgressStore } from '@/lib/progress/store';
import { useProgress } from './use-progress';

const messages = {
  unreadable: {
    title: 'We could not read your saved progress',
    body: 'It has been kept aside in this browser, untouched, so nothing is lost. You can carry on: new progress is saved from here.',
  },
  'not-saving': {
    title: 'Your progress is not being saved',
    body: 'This browser is not letting Groundwork store anything (private browsing or full storage can do this). You can keep working, but what you do will be gone when you close this tab.',
  },
} as const;

/** Tells the learner, plainly, when their saved progress could not be read or written. */
export function StorageNotice() {
  const problem = useProgress((state) => state.storageProblem, null);
  const dismiss = useProgressStore((state) => state.dismissStorageProblem);
  if (!problem) return null;
  const message = messages[problem];
  return (
    <div className="container">
      <div className="notice" role="alert">
        <p>
          <strong>{message.title}</strong>
        </p>
        <p>{message.body}</p>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          OK, got it
        </button>
      </div>
    </div>
  );
}
