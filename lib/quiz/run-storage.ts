// Kept apart from lib/quiz/saved-run.ts, which reads and restores a run: every page with a
// quiz checks for a kept run as it opens, so this is in its first load; the rest comes only
// with the quiz engine.

/** Where a quiz's run is kept in the tab's storage (lib/tab-storage.ts). */
export const savedRunKey = (quizHref: string) => `groundwork-quiz-run:${quizHref}`;
