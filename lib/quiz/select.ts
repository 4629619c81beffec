import type { Question } from '@/lib/content/question-schema';
import type { ModuleId } from '@/lib/content/schema';
import { isSingleAnswer } from './present';
import { shuffle, type Random } from './random';

/** Items a learner can be graded on with one tap: the building blocks of every quiz. */
const isGradableSingle = (item: Question) => isSingleAnswer(item) && !(item.kind === 'sort' && item.answer === 'discuss');

const testsLesson = (lessonId: string) => (item: Question) => item.principles[0] === lessonId;

/** Up to `count` items drawn at random, taking different kinds first so a quiz has variety. */
function pickVaried(items: Question[], count: number, random: Random): Question[] {
  const shuffled = shuffle(items, random);
  const picked: Question[] = [];
  const kinds = new Set<string>();
  for (const item of shuffled) {
    if (picked.length < count && !kinds.has(item.kind)) {
      picked.push(item);
      kinds.add(item.kind);
    }
  }
  for (const item of shuffled) if (picked.length < count && !picked.includes(item)) picked.push(item);
  return picked;
}

/** The short check at the end of a lesson. */
export function lessonCheck(questions: Question[], lessonId: string, random: Random, count = 3): Question[] {
  const candidates = questions.filter((item) => isGradableSingle(item) && testsLesson(lessonId)(item) && item.kind !== 'sort');
  return pickVaried(candidates, count, random);
}

/** How many single-answer items a module quiz takes from each of its lessons. */
const perLesson: Record<ModuleId, number> = { organiser: 1, factionalist: 1, benn: 2, 'square-pegs': 1 };

/**
 * A module's quiz: items from every lesson, in the module's order. Square pegs adds what
 * it is about: sorting cards (one of them a "discuss" card), a round of mirror pairs
 * and a branching scenario.
 */
export function moduleQuiz(questions: Question[], moduleId: ModuleId, lessonIds: string[], random: Random): Question[] {
  const own = questions.filter((item) => item.module === moduleId);
  const fromLessons = lessonIds.flatMap((lessonId) =>
    pickVaried(own.filter((item) => isGradableSingle(item) && item.kind !== 'sort' && testsLesson(lessonId)(item)), perLesson[moduleId], random),
  );
  if (moduleId !== 'square-pegs') return fromLessons;
  const sortCards = shuffle(own.filter((item) => item.kind === 'sort' && item.answer !== 'discuss'), random).slice(0, 4);
  const discussCard = shuffle(own.filter((item) => item.kind === 'sort' && item.answer === 'discuss'), random).slice(0, 1);
  const pairs = shuffle(own.filter((item) => item.kind === 'match-pairs'), random).slice(0, 1);
  const story = shuffle(own.filter((item) => item.kind === 'branching'), random).slice(0, 1);
  return [...shuffle([...sortCards, ...discussCard], random), ...fromLessons, ...pairs, ...story];
}

/** The mixed final check: a spread across every module, in random order, then the mirror pairs. */
export function finalQuiz(questions: Question[], random: Random): Question[] {
  const fromModule = (moduleId: ModuleId, count: number) => {
    const byLesson = new Map<string, Question[]>();
    for (const item of questions) {
      if (item.module !== moduleId || !isGradableSingle(item) || item.kind === 'sort') continue;
      const lessonId = item.principles[0]!;
      byLesson.set(lessonId, [...(byLesson.get(lessonId) ?? []), item]);
    }
    // One item from each of `count` different lessons.
    return shuffle([...byLesson.values()], random)
      .slice(0, count)
      .map((items) => shuffle(items, random)[0]!);
  };
  // Fifteen in all: 4 + 4 + 3 + 1 single-answer items, 2 sorting cards, 1 round of pairs.
  const sortCards = shuffle(questions.filter((item) => item.kind === 'sort' && item.answer !== 'discuss'), random).slice(0, 2);
  const pairs = shuffle(questions.filter((item) => item.kind === 'match-pairs'), random).slice(0, 1);
  const mixed = shuffle([...fromModule('organiser', 4), ...fromModule('factionalist', 4), ...fromModule('benn', 3), ...fromModule('square-pegs', 1), ...sortCards], random);
  return [...mixed, ...pairs];
}

export type QuizScope =
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'module'; moduleId: ModuleId; lessonIds: string[] }
  | { kind: 'final' }
  /** Today's spaced review: these items, in this order. */
  | { kind: 'review'; itemIds: string[] };

/** Items that can come back in spaced review: quick, single-answer and scored. */
export const isReviewable = isGradableSingle;

export function buildQuiz(questions: Question[], scope: QuizScope, random: Random): Question[] {
  if (scope.kind === 'lesson') return lessonCheck(questions, scope.lessonId, random);
  if (scope.kind === 'review') {
    return scope.itemIds.map((id) => questions.find((item) => item.id === id)).filter((item): item is Question => item !== undefined);
  }
  if (scope.kind === 'module') return moduleQuiz(questions, scope.moduleId, scope.lessonIds, random);
  return finalQuiz(questions, random);
}
