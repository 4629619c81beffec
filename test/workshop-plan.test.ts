import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { buildWorkshopCatalogue, planCatalogueOf } from '@/lib/workshop/catalogue';
import { addStep, buildPlan, canAddStep, moveStep, questionsForLesson, removeStep, sessionLengths, swapQuestion, type Plan } from '@/lib/workshop/plan';
import { allocateMinutes, formatSlot, stepWeights, timePlan } from '@/lib/workshop/timing';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const catalogue = planCatalogueOf(buildWorkshopCatalogue(content));
const kinds = (plan: Plan) => plan.steps.map((step) => step.kind);

describe('sharing out the minutes', () => {
  it('adds up to the total exactly, at least a minute each, for any number of steps', () => {
    for (const total of sessionLengths) {
      for (let count = 1; count <= Math.min(total, 30); count++) {
        const weights = Array.from({ length: count }, (_, index) => [3, 6, 4, 8, 10, 4][index % 6]!);
        const minutes = allocateMinutes(weights, total);
        expect(minutes.reduce((a, b) => a + b, 0), `${count} steps in ${total}`).toBe(total);
        expect(Math.min(...minutes)).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('keeps the weights as they are when they already add up, and scales them when they do not', () => {
    expect(allocateMinutes([3, 6, 4, 8, 6, 4, 10, 4], 45)).toEqual([3, 6, 4, 8, 6, 4, 10, 4]);
    expect(allocateMinutes([10, 10], 45)).toEqual([23, 22]);
    expect(allocateMinutes([1, 1, 100], 3)).toEqual([1, 1, 1]);
  });

  it('refuses more steps than minutes', () => {
    expect(() => allocateMinutes([1, 1, 1], 2)).toThrow(RangeError);
  });
});

describe('building a plan', () => {
  it('makes a 45-minute organiser session: welcome, two lessons with a question each, a discussion, pair work and a wrap-up', () => {
    const plan = buildPlan(catalogue, { modules: ['organiser'], length: 45, seed: 7 });
    expect(kinds(plan)).toEqual(['welcome', 'lesson', 'question', 'discussion', 'lesson', 'question', 'pairs', 'wrap-up']);
    expect(plan.steps[1]).toEqual({ kind: 'lesson', lessonId: 'organiser-give-power-away' });
    const timed = timePlan(plan);
    expect(timed.map((step) => step.minutes)).toEqual([3, 6, 4, 8, 6, 4, 10, 4]);
    expect(timed.map(formatSlot)).toEqual(['0–3 min', '3–9 min', '9–13 min', '13–21 min', '21–27 min', '27–31 min', '31–41 min', '41–45 min']);
  });

  it('times every length and mix of modules minute by minute, ending exactly on time', () => {
    const mixes = [['organiser'], ['factionalist'], ['square-pegs'], ['benn'], ['organiser', 'factionalist'], ['organiser', 'factionalist', 'square-pegs', 'benn']] as const;
    for (const modules of mixes) {
      for (const length of sessionLengths) {
        const timed = timePlan(buildPlan(catalogue, { modules: [...modules], length, seed: 1 }));
        expect(timed[0]!.start).toBe(0);
        timed.slice(1).forEach((step, index) => expect(step.start).toBe(timed[index]!.end));
        expect(timed.at(-1)!.end, `${modules.join('+')} in ${length}`).toBe(length);
      }
    }
  });

  it('fits one lesson in 20 minutes and four in 90', () => {
    expect(kinds(buildPlan(catalogue, { modules: ['benn'], length: 20, seed: 1 }))).toEqual(['welcome', 'lesson', 'question', 'discussion', 'wrap-up']);
    const long = buildPlan(catalogue, { modules: ['benn'], length: 90, seed: 1 });
    expect(kinds(long).filter((kind) => kind === 'lesson')).toHaveLength(4);
    expect(kinds(long).filter((kind) => kind === 'pairs')).toHaveLength(2);
  });

  it('alternates the modules’ lessons, so the organiser and factionalist lessons face their mirror images', () => {
    const plan = buildPlan(catalogue, { modules: ['factionalist', 'organiser'], length: 90, seed: 1 });
    const lessons = plan.steps.flatMap((step) => (step.kind === 'lesson' ? [step.lessonId] : []));
    expect(lessons).toEqual(['organiser-give-power-away', 'factionalist-keep-power-close', 'organiser-listen', 'factionalist-give-orders']);
    expect(plan.modules).toEqual(['organiser', 'factionalist']);
  });

  it('asks a different question after each lesson, testing that lesson, the same for the same seed', () => {
    const plan = buildPlan(catalogue, { modules: ['organiser', 'benn'], length: 90, seed: 42 });
    const questions = plan.steps.flatMap((step) => (step.kind === 'question' ? [step.itemId] : []));
    expect(new Set(questions).size).toBe(4);
    plan.steps.forEach((step, index) => {
      if (step.kind !== 'question') return;
      const lesson = plan.steps[index - 1]!;
      expect(lesson.kind).toBe('lesson');
      expect(catalogue.questions[step.itemId]!.lessons[0]).toBe(lesson.kind === 'lesson' ? lesson.lessonId : '');
    });
    expect(buildPlan(catalogue, { modules: ['organiser', 'benn'], length: 90, seed: 42 })).toEqual(plan);
  });

  it('puts sorting cards to the room after the square pegs lessons', () => {
    const plan = buildPlan(catalogue, { modules: ['square-pegs'], length: 20, seed: 3 });
    const question = plan.steps.find((step) => step.kind === 'question');
    expect(question?.kind === 'question' && catalogue.questions[question.itemId]!.kind).toBe('sort');
    expect(question?.kind === 'question' && catalogue.questions[question.itemId]!.discuss).toBe(false);
  });

  it('offers four-option questions first for the other lessons, and discuss cards last', () => {
    const ids = questionsForLesson(catalogue, 'organiser-listen', 1);
    expect(ids.length).toBeGreaterThan(3);
    expect(catalogue.questions[ids[0]!]!.kind).toBe('choice');
    const sortingCards = questionsForLesson(catalogue, 'square-pegs-two-projects', 1).filter((id) => catalogue.questions[id]!.kind === 'sort');
    const discuss = sortingCards.map((id) => catalogue.questions[id]!.discuss);
    expect(discuss).toContain(true);
    expect(discuss).toEqual([...discuss].sort((a, b) => Number(a) - Number(b)));
  });
});

describe('editing a plan', () => {
  const plan = buildPlan(catalogue, { modules: ['organiser'], length: 45, seed: 7 });

  it('moves a step up or down, and not past either end', () => {
    const moved = moveStep(plan, 6, -1);
    expect(kinds(moved).slice(5, 7)).toEqual(['pairs', 'question']);
    expect(moveStep(plan, 0, -1)).toBe(plan);
    expect(moveStep(plan, plan.steps.length - 1, 1)).toBe(plan);
  });

  it('drops a step and gives its minutes to the others, still ending on time', () => {
    const dropped = removeStep(plan, 6);
    expect(kinds(dropped)).not.toContain('pairs');
    expect(timePlan(dropped).at(-1)!.end).toBe(45);
    expect(removeStep({ ...plan, steps: [{ kind: 'welcome' }] }, 0).steps).toHaveLength(1);
  });

  it('adds a step before the wrap-up, and the others shrink to make room', () => {
    const added = addStep(plan, { kind: 'discussion', lessonId: 'organiser-listen' });
    expect(kinds(added).slice(-2)).toEqual(['discussion', 'wrap-up']);
    const timed = timePlan(added);
    expect(timed.at(-1)!.end).toBe(45);
    expect(timed[6]!.minutes).toBeLessThan(stepWeights.pairs);
  });

  it('stops adding steps when every minute has a step', () => {
    let full: Plan = { ...plan, length: 20 };
    while (canAddStep(full)) full = addStep(full, { kind: 'welcome' });
    expect(full.steps).toHaveLength(20);
    expect(addStep(full, { kind: 'welcome' })).toBe(full);
    expect(timePlan(full).every((step) => step.minutes === 1)).toBe(true);
  });

  it('swaps a question for another on the same lesson that the plan does not ask yet', () => {
    const swapped = swapQuestion(catalogue, plan, 2);
    const [before, after] = [plan.steps[2], swapped.steps[2]];
    expect(after).not.toEqual(before);
    expect(after?.kind === 'question' && catalogue.questions[after.itemId]!.lessons[0]).toBe('organiser-give-power-away');
    expect(swapQuestion(catalogue, plan, 0)).toBe(plan);
  });
});
