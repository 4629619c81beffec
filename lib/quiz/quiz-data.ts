import { isPlainObject } from '@/lib/checks';
import type { Question } from '@/lib/content/question-schema';
import type { MirrorPair } from '@/lib/content/schema';
import { fetchSiteFile } from '@/lib/site-file';
import type { QuizScope } from './select';

/** Everything a quiz needs from content, prepared at build time and passed to the client. */
export type QuizData = {
  scope: QuizScope;
  /** The items the quiz may draw on. */
  pool: Question[];
  /** Lesson id → title and URL, for options and links back to lessons. */
  lessons: Record<string, { title: string; href: string }>;
  mirrorPairs: MirrorPair[];
};

/**
 * Where a quiz's data is published: one static JSON file per quiz, written by the build
 * (app/quiz-data/[file]/route.ts) and fetched when the learner starts, so the question
 * bank is not carried in every lesson and quiz page's HTML.
 */
export type QuizFile = { kind: 'lesson'; lessonId: string } | { kind: 'module'; moduleId: string } | { kind: 'final' };

export const quizFileName = (file: QuizFile) =>
  file.kind === 'lesson' ? `lesson-${file.lessonId}.json` : file.kind === 'module' ? `module-${file.moduleId}.json` : 'final.json';

export const quizFileHref = (file: QuizFile) => `/quiz-data/${quizFileName(file)}`;

export type QuizDataLoad = { ok: true; data: QuizData } | { ok: false; message: string };

export const quizDataUnavailable = 'The questions could not be loaded. Check the connection and try again: once a page has loaded with a connection, quizzes also work offline.';

/** The parsed file as quiz data, or the message to show when it did not arrive whole (see lib/site-file.ts). */
export function readQuizDataFile(json: unknown): QuizDataLoad {
  const looksWhole =
    isPlainObject(json) && isPlainObject(json.scope) && Array.isArray(json.pool) && json.pool.length > 0 && isPlainObject(json.lessons) && Array.isArray(json.mirrorPairs);
  return looksWhole ? { ok: true, data: json as QuizData } : { ok: false, message: quizDataUnavailable };
}

export async function fetchQuizData(href: string, fetchFile: typeof fetch = fetch): Promise<QuizDataLoad> {
  const load = await fetchSiteFile(href, (json) => {
    const read = readQuizDataFile(json);
    return read.ok ? read : undefined;
  }, fetchFile);
  return load ?? { ok: false, message: quizDataUnavailable };
}
