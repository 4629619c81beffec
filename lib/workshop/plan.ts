import type { ModuleId } from '@/lib/content/schema';
import { seededRandom, shuffle } from '@/lib/quiz/random';
import type { PlanCatalogue } from './catalogue';
import type { SessionLength } from './session-lengths';

/** A session plan: the running order a trainer presents. It travels whole in its URL. */

export { sessionLengths, type SessionLength } from './session-lengths';

export type PlanStep =
  | { kind: 'welcome' }
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'question'; itemId: string }
  | { kind: 'discussion'; lessonId: string }
  | { kind: 'pairs'; activityId: string }
  | { kind: 'wrap-up' };
export type StepKind = PlanStep['kind'];

export type Plan = {
  modules: ModuleId[];
  length: SessionLength;
  /** Seeds the choice of questions and the order of their options, so A is A on every screen and on paper. */
  seed: number;
  steps: PlanStep[];
};

/** The most steps a plan may hold: every step needs at least a minute, and a running order beyond this is unreadable. */
export const maxSteps = 30;
export const stepLimit = (length: SessionLength) => Math.min(length, maxSteps);

/** How many lessons and activities fit each length. */
const shapeOf: Record<SessionLength, { lessons: number; activities: number }> = {
  20: { lessons: 1, activities: 0 },
  45: { lessons: 2, activities: 1 },
  90: { lessons: 4, activities: 2 },
};

/** Takes one from each list in turn: with two modules, their lessons alternate. */
function roundRobin<T>(lists: T[][]): T[] {
  const result: T[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index++) {
    for (const list of lists) if (index < list.length) result.push(list[index]!);
  }
  return result;
}

const hash = (text: string, seed: number) => [...text].reduce((value, char) => Math.imul(value ^ char.charCodeAt(0), 16777619), seed ^ 0x811c9dc5) >>> 0;

/**
 * The questions a lesson can put to the room, best first: for the square pegs lessons,
 * sorting cards ("which project is this?"); for the rest, questions with four options,
 * which suit A/B/C/D cards. Within a kind the order is shuffled by the plan's seed.
 */
export function questionsForLesson(catalogue: PlanCatalogue, lessonId: string, seed: number): string[] {
  const lesson = catalogue.lessons[lessonId];
  if (!lesson) return [];
  const preference =
    lesson.module === 'square-pegs' ? ['sort', 'choice', 'which-principle', 'true-false', 'fill-gap'] : ['choice', 'which-principle', 'sort', 'true-false', 'fill-gap'];
  const candidates = Object.entries(catalogue.questions).filter(([, question]) =>
    lesson.module === 'square-pegs' ? question.lessons.includes(lessonId) : question.lessons[0] === lessonId,
  );
  const random = seededRandom(hash(lessonId, seed));
  return preference.flatMap((kind) => {
    const ofKind = candidates.filter(([, question]) => question.kind === kind);
    // "Discuss" cards have no answer to reveal; they come last, for a trainer who wants one.
    const scored = shuffle(ofKind.filter(([, question]) => !question.discuss), random);
    const discuss = shuffle(ofKind.filter(([, question]) => question.discuss), random);
    return [...scored, ...discuss].map(([id]) => id);
  });
}

const usedQuestions = (steps: PlanStep[]) => new Set(steps.flatMap((step) => (step.kind === 'question' ? [step.itemId] : [])));

/** The best question for a lesson that the plan does not already ask. */
export function pickQuestion(catalogue: PlanCatalogue, lessonId: string, seed: number, steps: PlanStep[]): string | undefined {
  const used = usedQuestions(steps);
  return questionsForLesson(catalogue, lessonId, seed).find((id) => !used.has(id));
}

/** The lesson a question step belongs to: the first lesson it tests. */
export function lessonOfQuestion(catalogue: PlanCatalogue, itemId: string): string | undefined {
  return catalogue.questions[itemId]?.lessons[0];
}

export type PlanRequest = { modules: ModuleId[]; length: SessionLength; seed: number };

/**
 * A running order for the chosen modules and length: a welcome, then each lesson with a
 * question for the room, discussion after every other lesson and an activity after the
 * others, and a wrap-up.
 */
export function buildPlan(catalogue: PlanCatalogue, request: PlanRequest): Plan {
  const chosen = catalogue.modules.filter((learningModule) => request.modules.includes(learningModule.id));
  if (chosen.length === 0) throw new RangeError('choose at least one module');
  const shape = shapeOf[request.length];
  const lessons = roundRobin(chosen.map((learningModule) => learningModule.workshopLessons)).slice(0, shape.lessons);
  const activities = roundRobin(chosen.map((learningModule) => learningModule.activities)).slice(0, shape.activities);

  const steps: PlanStep[] = [{ kind: 'welcome' }];
  lessons.forEach((lessonId, index) => {
    steps.push({ kind: 'lesson', lessonId });
    const itemId = pickQuestion(catalogue, lessonId, request.seed, steps);
    if (itemId) steps.push({ kind: 'question', itemId });
    if (index % 2 === 0) steps.push({ kind: 'discussion', lessonId });
    else if (activities.length > 0) steps.push({ kind: 'pairs', activityId: activities.shift()! });
  });
  for (const activityId of activities) steps.push({ kind: 'pairs', activityId });
  steps.push({ kind: 'wrap-up' });
  return { modules: chosen.map((learningModule) => learningModule.id), length: request.length, seed: request.seed, steps };
}

/** Moves a step up (-1) or down (+1) the running order; at either end it stays put. */
export function moveStep(plan: Plan, index: number, by: -1 | 1): Plan {
  const target = index + by;
  if (index < 0 || index >= plan.steps.length || target < 0 || target >= plan.steps.length) return plan;
  const steps = [...plan.steps];
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  return { ...plan, steps };
}

/** Drops a step. A plan keeps at least one step. */
export function removeStep(plan: Plan, index: number): Plan {
  if (plan.steps.length <= 1 || index < 0 || index >= plan.steps.length) return plan;
  return { ...plan, steps: plan.steps.filter((_, at) => at !== index) };
}

export const canAddStep = (plan: Plan) => plan.steps.length < stepLimit(plan.length);

/** Adds a step before the wrap-up (or at the end, if the plan has none), unless the plan is full. */
export function addStep(plan: Plan, step: PlanStep): Plan {
  if (!canAddStep(plan)) return plan;
  const wrapUp = plan.steps.findLastIndex((existing) => existing.kind === 'wrap-up');
  const at = wrapUp === -1 ? plan.steps.length : wrapUp;
  return { ...plan, steps: [...plan.steps.slice(0, at), step, ...plan.steps.slice(at)] };
}

/** Swaps a question step for the lesson's next question that the plan does not already ask. */
export function swapQuestion(catalogue: PlanCatalogue, plan: Plan, index: number): Plan {
  const step = plan.steps[index];
  if (step?.kind !== 'question') return plan;
  const lessonId = lessonOfQuestion(catalogue, step.itemId);
  if (!lessonId) return plan;
  const candidates = questionsForLesson(catalogue, lessonId, plan.seed);
  const used = usedQuestions(plan.steps);
  const from = candidates.indexOf(step.itemId);
  const next = [...candidates.slice(from + 1), ...candidates.slice(0, Math.max(from, 0))].find((id) => !used.has(id));
  if (!next) return plan;
  return { ...plan, steps: plan.steps.map((existing, at) => (at === index ? { kind: 'question', itemId: next } : existing)) };
}
