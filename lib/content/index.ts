import { join } from 'node:path';
import { readContentFiles } from './read-files';
import { formatProblem, validateContent, type Content } from './validate';
import type { Lesson, MirrorPair, Module, ModuleId, PrincipleLesson } from './schema';

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
