import type { Question } from '@/lib/content/question-schema';
import type { MirrorPair } from '@/lib/content/schema';
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
