/** The room's answers, counted by hand: how many held up each card, and the spread. */

export const maxTally = 999;

/** Adds or takes one from an option's count; never below zero. */
export function changeTally(counts: readonly number[], option: number, change: 1 | -1, optionCount: number): number[] {
  const next = Array.from({ length: optionCount }, (_, index) => counts[index] ?? 0);
  if (option < 0 || option >= optionCount) return next;
  next[option] = Math.min(maxTally, Math.max(0, next[option]! + change));
  return next;
}

export type Spread = {
  total: number;
  /** Whole percentages that add up to 100 when anyone has answered. */
  rows: { count: number; percent: number }[];
};

/** Counts as shares of the room, rounded so the percentages add up to exactly 100. */
export function spreadOf(counts: readonly number[]): Spread {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return { total, rows: counts.map((count) => ({ count, percent: 0 })) };
  const exact = counts.map((count) => (count / total) * 100);
  const percents = exact.map(Math.floor);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - percents[index]! })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = 100 - percents.reduce((a, b) => a + b, 0);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    percents[index]!++;
    left--;
  }
  return { total, rows: counts.map((count, index) => ({ count, percent: percents[index]! })) };
}
