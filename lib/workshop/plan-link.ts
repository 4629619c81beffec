import * as z from '@/lib/zod-mini';
import { moduleIds } from '@/lib/content/module-ids';
import type { PlanCatalogue } from './catalogue';
import { maxSteps, type Plan, type PlanStep } from './plan';

/**
 * A plan in a URL: `?plan=<base64url of a compact JSON>`. Ids stay readable inside, so a
 * link keeps working as content grows; anything damaged, edited by hand or pointing at
 * content we do not have is turned away with a PlanLinkError, never a crash.
 *
 * Version 1, before base64url:
 *   {"v":1,"m":["organiser"],"l":45,"s":123,"st":[["w"],["l","organiser-listen"],["q","org-listen-choice-1"],["u"]]}
 */

// zod/mini, as this runs in the browser on every workshop page and must stay small.
const ref = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id'), z.maxLength(80));

const wireStepSchema = z.union([
  z.tuple([z.literal('w')]),
  z.tuple([z.literal('l'), ref]),
  z.tuple([z.literal('q'), ref]),
  z.tuple([z.literal('d'), ref]),
  z.tuple([z.literal('p'), ref]),
  z.tuple([z.literal('u')]),
]);
type WireStep = z.infer<typeof wireStepSchema>;

export const wirePlanSchema = z
  .strictObject({
    v: z.literal(1),
    m: z
      .array(z.enum(moduleIds))
      .check(
        z.minLength(1),
        z.maxLength(4),
        z.refine((modules) => new Set(modules).size === modules.length, 'a module is listed twice'),
      ),
    l: z.union([z.literal(20), z.literal(45), z.literal(90)]),
    s: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
    st: z.array(wireStepSchema).check(z.minLength(1), z.maxLength(maxSteps)),
  })
  .check(z.refine((plan) => plan.st.length <= plan.l, { message: 'more steps than minutes', path: ['st'] }));

export const currentVersion = 1;

function toWire(step: PlanStep): WireStep {
  switch (step.kind) {
    case 'welcome':
      return ['w'];
    case 'lesson':
      return ['l', step.lessonId];
    case 'question':
      return ['q', step.itemId];
    case 'discussion':
      return ['d', step.lessonId];
    case 'pairs':
      return ['p', step.activityId];
    case 'wrap-up':
      return ['u'];
  }
}

function fromWire(step: WireStep): PlanStep {
  switch (step[0]) {
    case 'w':
      return { kind: 'welcome' };
    case 'l':
      return { kind: 'lesson', lessonId: step[1] };
    case 'q':
      return { kind: 'question', itemId: step[1] };
    case 'd':
      return { kind: 'discussion', lessonId: step[1] };
    case 'p':
      return { kind: 'pairs', activityId: step[1] };
    case 'u':
      return { kind: 'wrap-up' };
  }
}

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (code: string) => atob(code.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (code.length % 4)) % 4));

export function encodePlan(plan: Plan): string {
  return toBase64Url(JSON.stringify({ v: currentVersion, m: plan.modules, l: plan.length, s: plan.seed, st: plan.steps.map(toWire) }));
}

export type PlanLinkProblem =
  /** No plan in the link at all. */
  | 'missing'
  /** Not base64url, or not JSON: usually a link cut short when it was copied. */
  | 'damaged'
  /** Reads as JSON but is not a plan we can trust: edited by hand, or from another version. */
  | 'unreadable'
  /** A well-formed plan naming a lesson, question or activity that is not in this version's content. */
  | 'unknown-reference';

/** Why a plan link cannot be opened, in words a trainer can act on. */
export class PlanLinkError extends Error {
  readonly problem: PlanLinkProblem;
  /** What exactly was wrong, for the curious and for bug reports. */
  readonly detail: string;
  constructor(problem: PlanLinkProblem, message: string, detail = '') {
    super(message);
    this.name = 'PlanLinkError';
    this.problem = problem;
    this.detail = detail;
  }
}

export type PlanLinkResult = { ok: true; plan: Plan } | { ok: false; error: PlanLinkError };

const askAgain = 'Ask whoever sent it for the link again, or make a new plan.';
const maxCodeLength = 4000;

/** Reads a plan from the `plan` value of a URL and checks it against the content it refers to. */
export function readPlanLink(code: string | null | undefined, catalogue: PlanCatalogue): PlanLinkResult {
  const fail = (problem: PlanLinkProblem, message: string, detail?: string): PlanLinkResult => ({
    ok: false,
    error: new PlanLinkError(problem, message, detail),
  });
  if (!code) return fail('missing', 'There is no plan in this link.');

  let json: unknown;
  try {
    if (code.length > maxCodeLength || !/^[A-Za-z0-9_-]+$/.test(code)) throw new Error('not base64url');
    json = JSON.parse(fromBase64Url(code));
  } catch (error) {
    return fail('damaged', `This plan link is damaged: part of it may have been lost when it was copied. ${askAgain}`, (error as Error).message);
  }

  const version = (json as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > currentVersion) {
    return fail('unreadable', `This plan was made with a newer version of Groundwork. ${askAgain}`, `version ${version}`);
  }
  const parsed = wirePlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(
      'unreadable',
      `This plan link has been changed since it was made, so it cannot be opened safely. ${askAgain}`,
      `${issue.path.join('.') || 'plan'}: ${issue.message}`,
    );
  }

  const plan: Plan = { modules: parsed.data.m, length: parsed.data.l, seed: parsed.data.s, steps: parsed.data.st.map(fromWire) };
  const unknown = findUnknownReference(plan, catalogue);
  if (unknown) {
    return fail('unknown-reference', `This plan refers to ${unknown.what} that this version of Groundwork does not have (“${unknown.id}”). ${askAgain}`, unknown.id);
  }
  return { ok: true, plan };
}

function findUnknownReference(plan: Plan, catalogue: PlanCatalogue): { what: string; id: string } | undefined {
  for (const step of plan.steps) {
    if ((step.kind === 'lesson' || step.kind === 'discussion') && !catalogue.lessons[step.lessonId]) return { what: 'a lesson', id: step.lessonId };
    if (step.kind === 'question' && !catalogue.questions[step.itemId]) return { what: 'a question', id: step.itemId };
    if (step.kind === 'pairs' && !catalogue.activities[step.activityId]) return { what: 'an activity', id: step.activityId };
  }
  return undefined;
}
