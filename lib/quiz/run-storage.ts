import type { SavedRun } from './saved-run';

// Kept apart from lib/quiz/saved-run.ts, which reads and restores a run: every page with a
// quiz checks for a kept run as it opens, so this is in its first load; the rest comes only
// with the quiz engine.

/** Where a quiz's run is kept: the tab's sessionStorage, so it belongs to the tab and ends with it. */
export const savedRunKey = (quizHref: string) => `groundwork-quiz-run:${quizHref}`;

/** The tab's storage for runs. A browser that refuses storage keeps no run, and the quiz works as before. */
export const tabStorage = {
  read(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  keep(key: string, run: SavedRun) {
    try {
      sessionStorage.setItem(key, JSON.stringify(run));
    } catch {
      // Full or refused: a reload starts the quiz again, as it did before runs were kept.
    }
  },
  forget(key: string) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};
