import { isPlainObject } from '@/lib/checks';
import { moduleIds, type ModuleId } from '@/lib/content/module-ids';
import type { PlanCatalogue } from './catalogue';
import { maxSteps, sessionLengths, type Plan, type PlanStep, type SessionLength } from './plan';

/**
 * A plan in a URL: `?plan=<base64url of a compact JSON>`. Ids stay readable inside, so a
 * link keeps working as content grows; anything damaged, edited by hand or pointing at
 * content we do not have is turned away with a PlanLinkError, never a crash.
 *
 * Version 1, before base64url:
 *   {"v":1,"m":["organiser"],"l":45,"s":123,"st":[["w"],["l","organiser-listen"],["q","org-listen-choice-1"],["u"]]}
 */

type WireStep = ['w'] | ['l', string] | ['q', string] | ['d', string] | ['p', string] | ['u'];
type WirePlan = { v: 1; m: ModuleId[]; l: SessionLength; s: number; st: WireStep[] };

const isId = (value: unknown) => typeof value === 'string' && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const stepsWithoutId = ['w', 'u'];
const stepsWithId = ['l', 'q', 'd', 'p'];

function stepProblem(step: unknown): string | undefined {
  if (!Array.isArray(step)) return 'must be a list';
  const [kind, id, ...rest] = step as unknown[];
  if (stepsWithoutId.includes(kind as string)) return step.length === 1 ? undefined : 'takes no id';
  if (!stepsWithId.includes(kind as string)) return 'is not a kind of step';
  if (rest.length > 0) return 'takes one id';
  return isId(id) ? undefined : 'must be an id';
}

/**
 * What is wrong with a decoded plan, as "field: problem", or undefined if it is a well-formed
 * version 1 plan. Written by hand rather than with zod: it runs in the browser on every
 * workshop view, and zod's runtime would be most of their code.
 */
export function wirePlanProblem(json: unknown): string | undefined {
  if (!isPlainObject(json)) return 'plan: must be an object';
  const unknown = Object.keys(json).find((key) => !['v', 'm', 'l', 's', 'st'].includes(key));
  if (unknown) return `${unknown}: is not part of a plan`;
  const { v, m, l, s, st } = json;
  if (v !== 1) return 'v: must be 1';
  if (!Array.isArray(m) || m.length < 1 || m.length > moduleIds.length) return `m: must list 1 to ${moduleIds.length} modules`;
  const notModule = m.findIndex((id) => !moduleIds.includes(id as ModuleId));
  if (notModule >= 0) return `m.${notModule}: is not a module`;
  if (new Set(m).size !== m.length) return 'm: a module is listed twice';
  if (!sessionLengths.includes(l as SessionLength)) return `l: must be ${sessionLengths.join(', ')} minutes`;
  if (!Number.isInteger(s) || (s as number) < 0 || (s as number) > 0xffffffff) return 's: must be a whole number from 0 to 4294967295';
  if (!Array.isArray(st) || st.length < 1 || st.length > maxSteps) return `st: must have 1 to ${maxSteps} steps`;
  for (const [index, step] of st.entries()) {
    const problem = stepProblem(step);
    if (problem) return `st.${index}: ${problem}`;
  }
  if (st.length > (l as number)) return 'st: more steps than minutes';
  return undefined;
}

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
  const problem = wirePlanProblem(json);
  if (problem) {
    return fail('unreadable', `This plan link has been changed since it was made, so it cannot be opened safely. ${askAgain}`, problem);
  }

  const wire = json as WirePlan;
  const plan: Plan = { modules: wire.m, length: wire.l, seed: wire.s, steps: wire.st.map(fromWire) };
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
