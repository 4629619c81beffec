import type { Attempt } from './progress-state';

/**
 * Mastery per lesson from the answers given: an average in which each answer counts
 * more than the one before it, so a run of recent right answers outweighs an old
 * mistake, and a recent slip shows.
 */
export type MasteryLevel = 'not-started' | 'learning' | 'getting-there' | 'secure';
export type Mastery = { score: number; answered: number; level: MasteryLevel };

/** How much less each older answer counts than the next (0–1). */
const RECENCY_WEIGHT = 0.35;

export const masteryLabels: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  learning: 'Learning',
  'getting-there': 'Getting there',
  secure: 'Secure',
};

function levelOf(score: number, answered: number): MasteryLevel {
  if (answered === 0) return 'not-started';
  if (score >= 0.8 && answered >= 3) return 'secure';
  if (score >= 0.5) return 'getting-there';
  return 'learning';
}

/**
 * @param itemLessons item id → the lessons it tests
 */
export function masteryByLesson(attempts: readonly Attempt[], itemLessons: Record<string, readonly string[]>): Record<string, Mastery> {
  // An exponentially weighted average: each older answer counts (1 - RECENCY_WEIGHT)
  // times as much as the one after it.
  const running: Record<string, { weightedRight: number; weight: number; answered: number }> = {};
  const ordered = [...attempts].sort((a, b) => a.at.localeCompare(b.at));
  for (const attempt of ordered) {
    if (attempt.correct === null) continue;
    for (const lessonId of itemLessons[attempt.itemId] ?? []) {
      const entry = (running[lessonId] ??= { weightedRight: 0, weight: 0, answered: 0 });
      entry.weightedRight = entry.weightedRight * (1 - RECENCY_WEIGHT) + (attempt.correct ? 1 : 0);
      entry.weight = entry.weight * (1 - RECENCY_WEIGHT) + 1;
      entry.answered++;
    }
  }
  return Object.fromEntries(
    Object.entries(running).map(([lessonId, { weightedRight, weight, answered }]) => {
      const score = weightedRight / weight;
      return [lessonId, { score, answered, level: levelOf(score, answered) }];
    }),
  );
}

export const emptyMastery: Mastery = { score: 0, answered: 0, level: 'not-started' };
