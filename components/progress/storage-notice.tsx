'use client';

import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-state';
import { useProgressStore } from '@/lib/progress/store';
import { downloadText } from './download';
import { ExportButton } from './export-button';
import { useProgress } from './use-progress';

const messages = {
  unreadable: {
    title: 'We could not read your saved progress',
    body: 'It has been kept aside in this browser, untouched, so nothing is lost. You can download that copy, or start fresh: new progress is saved from here.',
  },
  'not-saving': {
    title: 'Your progress is not being saved',
    body: 'This browser is not letting Groundwork store anything (private browsing or full storage can do this). You can keep working, but what you do will be gone when you close this tab. Export your progress to keep it.',
  },
  'newer-version': {
    title: 'Your progress was saved by a newer version of Groundwork',
    body: 'It has been left exactly as it is. Reload the page to get the newest version. Until then you can keep working here, but nothing new is saved.',
  },
} as const;

/** The copies of unreadable progress kept aside, newest first. */
function keptAsideCopies(): { key: string; text: string }[] {
  const prefix = `${PROGRESS_STORAGE_KEY}.unreadable.`;
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .sort()
    .reverse()
    .map((key) => ({ key, text: localStorage.getItem(key) ?? '' }));
}

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
        <div className="notice__actions">
          {problem === 'unreadable' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                const [newest] = keptAsideCopies();
                if (newest) downloadText(`groundwork-unreadable-progress-${newest.key.split('.').pop()}.txt`, newest.text);
              }}
            >
              Download the unreadable copy
            </button>
          )}
          {problem === 'not-saving' && <ExportButton />}
          {problem === 'newer-version' && (
            <>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload now
              </button>
              <ExportButton quiet />
            </>
          )}
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {problem === 'unreadable' ? 'Start fresh' : 'OK, got it'}
          </button>
        </div>
      </div>
    </div>
  );
}
