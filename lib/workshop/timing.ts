import type { Plan, PlanStep, StepKind } from './plan';

/**
 * How long each kind of step runs, relative to the others. The 45-minute plan for one
 * module uses these exactly; other lengths and edited plans are scaled to fit.
 */
export const stepWeights: Record<StepKind, number> = {
  welcome: 3,
  lesson: 6,
  question: 4,
  discussion: 8,
  pairs: 10,
  'wrap-up': 4,
};

/**
 * Shares out `total` whole minutes in proportion to `weights`, every share at least one
 * minute, adding up to `total` exactly (largest remainder, ties to the earlier step).
 */
export function allocateMinutes(weights: readonly number[], total: number): number[] {
  if (weights.length === 0) return [];
  if (weights.length > total) throw new RangeError(`${weights.length} steps cannot each have a minute in ${total} minutes`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const ideal = weights.map((weight) => (sum > 0 ? (weight / sum) * total : total / weights.length));
  const minutes = ideal.map((value) => Math.max(1, Math.floor(value)));
  let left = total - minutes.reduce((a, b) => a + b, 0);
  const byRemainder = ideal
    .map((value, index) => ({ index, remainder: value - minutes[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let turn = 0; left > 0; turn++, left--) minutes[byRemainder[turn % byRemainder.length]!.index]!++;
  // Rounding short steps up to a minute can overshoot: take the excess from the longest steps.
  while (left < 0) {
    const longest = minutes.indexOf(Math.max(...minutes));
    minutes[longest]!--;
    left++;
  }
  return minutes;
}

export type TimedStep = {
  step: PlanStep;
  /** Minutes from the start of the session. */
  start: number;
  minutes: number;
  end: number;
};

/** Each step's start and length, minute by minute; the last step ends at the plan's length. */
export function timePlan(plan: Pick<Plan, 'steps' | 'length'>): TimedStep[] {
  const minutes = allocateMinutes(
    plan.steps.map((step) => stepWeights[step.kind]),
    plan.length,
  );
  let start = 0;
  return plan.steps.map((step, index) => {
    const length = minutes[index]!;
    const timed = { step, start, minutes: length, end: start + length };
    start += length;
    return timed;
  });
}

/** "12–15 min" for a step's slot in the session. */
export const formatSlot = (timed: Pick<TimedStep, 'start' | 'end'>) => `${timed.start}–${timed.end} min`;
