import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { buildWorkshopCatalogue, planCatalogueOf } from '@/lib/workshop/catalogue';
import { buildPlan } from '@/lib/workshop/plan';
import { encodePlan, PlanLinkError, readPlanLink } from '@/lib/workshop/plan-link';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const catalogue = planCatalogueOf(buildWorkshopCatalogue(content));
const plan = buildPlan(catalogue, { modules: ['organiser', 'square-pegs'], length: 90, seed: 123456789 });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const wire = () => JSON.parse(Buffer.from(encodePlan(plan), 'base64url').toString()) as Record<string, unknown>;

function problemOf(code: string | null) {
  const result = readPlanLink(code, catalogue);
  if (result.ok) throw new Error('expected the link to be turned away');
  expect(result.error).toBeInstanceOf(PlanLinkError);
  return result.error;
}

describe('a plan in a URL', () => {
  it('comes back exactly as it went in', () => {
    expect(readPlanLink(encodePlan(plan), catalogue)).toEqual({ ok: true, plan });
  });

  it('is URL-safe and short enough to send in a message', () => {
    const code = encodePlan(plan);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThan(900);
  });

  it('says so when there is no plan', () => {
    expect(problemOf(null).problem).toBe('missing');
    expect(problemOf('').message).toBe('There is no plan in this link.');
  });

  it('calls a cut-off or mangled link damaged', () => {
    const code = encodePlan(plan);
    const cut = problemOf(code.slice(0, code.length - 9));
    expect(cut.problem).toBe('damaged');
    expect(cut.message).toMatch(/^This plan link is damaged/);
    expect(problemOf('not a plan!').problem).toBe('damaged');
    expect(problemOf(encode('just a string').slice(0, -1) + '%').problem).toBe('damaged');
  });

  it('turns away a plan that was edited by hand', () => {
    const tampered = [
      { ...wire(), l: 60 },
      { ...wire(), s: -1 },
      { ...wire(), st: [['x']] },
      { ...wire(), st: [['l']] },
      { ...wire(), st: [['l', '<script>']] },
      { ...wire(), m: ['organiser', 'organiser'] },
      { ...wire(), m: ['anarchist'] },
      { ...wire(), extra: true },
      { ...wire(), l: 20, st: Array.from({ length: 21 }, () => ['w']) },
      [1, 2, 3],
      null,
    ];
    for (const value of tampered) {
      const error = problemOf(encode(value));
      expect(error.problem, JSON.stringify(value).slice(0, 60)).toBe('unreadable');
      expect(error.message).toMatch(/has been changed since it was made/);
    }
    expect(problemOf(encode({ ...wire(), l: 60 })).detail).toMatch(/^l: /);
  });

  it('tells a plan from a newer version apart from a tampered one', () => {
    expect(problemOf(encode({ ...wire(), v: 2 })).message).toMatch(/newer version of Groundwork/);
  });

  it('rejects lessons, questions and activities that do not exist, naming them', () => {
    const withStep = (step: string[]) => encode({ ...wire(), st: [['w'], step, ['u']] });
    const lesson = problemOf(withStep(['l', 'organiser-hear']));
    expect(lesson.problem).toBe('unknown-reference');
    expect(lesson.message).toContain('a lesson that this version of Groundwork does not have (“organiser-hear”)');
    expect(problemOf(withStep(['q', 'org-listen-choice-99'])).message).toContain('a question');
    expect(problemOf(withStep(['d', 'benn-charisma'])).problem).toBe('unknown-reference');
    expect(problemOf(withStep(['p', 'trust-fall'])).message).toContain('an activity');
    // A self-rating is in the bank but cannot be asked of the room.
    const selfRating = content.questions.find((item) => item.kind === 'self-rating')!;
    expect(problemOf(withStep(['q', selfRating.id])).problem).toBe('unknown-reference');
  });
});
