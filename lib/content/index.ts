import { join } from 'node:path';
import { readContentFiles } from './read-files';
import { formatProblem, validateContent, type Content } from './validate';
import type { Lesson, MirrorPair, Module, ModuleId, PrincipleLesson } from './schema';
import type { QuizData } from '@/lib/quiz/quiz-data';
import type { Question } from './question-schema';
import type { Guide } from './guide-schema';

type SelfRatingQuestion = Extract<Question, { kind: 'self-rating' }>;
import { isReviewable, type QuizScope } from '@/lib/quiz/select';
import { lessonHref } from '@/lib/routes';

/**
 * Content as the pages read it at build time. Any problem in content/ stops the build
 * with every problem listed, each naming its file and field.
 */
let cached: Content | undefined;

export function getContent(): Content {
  if (cached) return cached;
  const { content, problems } = validateContent(readContentFiles(join(process.cwd(), 'content')));
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  cached = content;
  return content;
}

export const getModules = (): Module[] => getContent().modules;

export function getModule(id: string): Module | undefined {
  return getModules().find((learningModule) => learningModule.id === id);
}

export function getLesson(id: string): Lesson | undefined {
  return getContent().lessons.find((lesson) => lesson.id === id);
}

/** A lesson's last URL segment: its id without the module prefix. */
export function lessonSlug(lesson: Pick<Lesson, 'id' | 'module'>): string {
  return lesson.id.slice(lesson.module.length + 1);
}

export function getLessonBySlug(moduleId: string, slug: string): Lesson | undefined {
  return getLesson(`${moduleId}-${slug}`);
}

/** The module's lessons in teaching order. */
export function getModuleLessons(learningModule: Module): Lesson[] {
  return learningModule.lessons.map((id) => getLesson(id)).filter((lesson): lesson is Lesson => lesson !== undefined);
}

/** Every lesson in the order of the path: module by module. */
export function getPathLessons(): Lesson[] {
  return getModules().flatMap(getModuleLessons);
}

export function getMirrorPair(lessonId: string): MirrorPair | undefined {
  return getContent().mirrorPairs.find((pair) => pair.organiser === lessonId || pair.factionalist === lessonId);
}

/** The principle on the other side of a lesson's mirror pair, if it has one. */
export function getMirror(lesson: Lesson): { pair: MirrorPair; mirror: PrincipleLesson } | undefined {
  const pair = getMirrorPair(lesson.id);
  if (!pair) return undefined;
  const mirror = getLesson(pair.organiser === lesson.id ? pair.factionalist : pair.organiser);
  return mirror?.kind === 'principle' ? { pair, mirror } : undefined;
}

export function getModuleTitle(id: ModuleId): string {
  return getModule(id)?.title ?? id;
}

/** What a quiz needs from content: its pool of items, lesson titles and links, and the mirror pairs. */
export function getQuizData(scope: QuizScope): QuizData {
  const { questions, lessons, mirrorPairs } = getContent();
  const pool =
    scope.kind === 'lesson'
      ? questions.filter((item) => item.principles[0] === scope.lessonId)
      : scope.kind === 'module'
        ? questions.filter((item) => item.module === scope.moduleId)
        : scope.kind === 'review'
          ? questions.filter(isReviewable)
          : questions;
  const gradablePool = pool.filter((item) => item.kind !== 'self-rating');
  // Only the lessons the pool mentions, to keep the page's payload small.
  const mentioned = new Set(
    gradablePool.flatMap((item) => [...item.principles, ...(item.kind === 'which-principle' ? item.options.map((option) => option.principle) : [])]),
  );
  return {
    scope,
    pool: gradablePool,
    lessons: Object.fromEntries(
      lessons.filter((lesson) => mentioned.has(lesson.id)).map((lesson) => [lesson.id, { title: lesson.title, href: lessonHref(lesson.module, lesson.id) }]),
    ),
    mirrorPairs: gradablePool.some((item) => item.kind === 'match-pairs') ? mirrorPairs : [],
  };
}

/** The private self-rating offered at the end of a lesson, if it has one. */
export function getSelfRating(lessonId: string): SelfRatingQuestion | undefined {
  return getContent().questions.find(
    (item): item is SelfRatingQuestion => item.kind === 'self-rating' && item.principles[0] === lessonId,
  );
}

/** Item id → the lessons it tests, for every graded item: what mastery is worked out from. */
export function getItemLessons(): Record<string, string[]> {
  return Object.fromEntries(getContent().questions.filter((item) => item.kind !== 'self-rating').map((item) => [item.id, item.principles]));
}

/** The facilitator guides, one per module, in module order. */
export const getGuides = (): Guide[] => getContent().guides;

export function getGuide(moduleId: string): Guide | undefined {
  return getGuides().find((guide) => guide.module === moduleId);
}
