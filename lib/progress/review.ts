import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import { localDay, type LocalDay } from './dates';
import type { Attempt } from './progress-state';

/**
 * Spaced review, scheduled by FSRS. The schedule is not stored: it is replayed from the
 * answers already saved, so it can never disagree with them and two tabs merge cleanly.
 * A wrong answer comes back within minutes; a right one after days, then weeks.
 */
// One ten-minute step: a missed item comes back in the same sitting; a right answer
// goes straight to days (two, then about two weeks), so review is not flooded.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] }));

/** How many reviews a day, at most. */
export const DAILY_REVIEW_CAP = 20;

export function reviewCards(attempts: readonly Attempt[], reviewable: ReadonlySet<string>): Map<string, Card> {
  const cards = new Map<string, Card>();
  const ordered = [...attempts].sort((a, b) => a.at.localeCompare(b.at));
  for (const attempt of ordered) {
    if (attempt.correct === null || !reviewable.has(attempt.itemId)) continue;
    const at = new Date(attempt.at);
    const card: Card = cards.get(attempt.itemId) ?? createEmptyCard(at);
    cards.set(attempt.itemId, scheduler.next(card, at, attempt.correct ? Rating.Good : Rating.Again).card);
  }
  return cards;
}

export type ReviewQueue = {
  /** Item ids to review now, most overdue first, within today's cap. */
  today: string[];
  /** Due items held back by the cap. */
  waiting: number;
  /** Days it will take to clear the backlog at the cap. */
  daysToClear: number;
  /** Reviews already done today. */
  doneToday: number;
};

/**
 * Today's review. After a long absence the backlog can be large: only the daily cap is
 * offered each day, most overdue first, so it is spread over the days that follow.
 */
export function reviewQueue(
  cards: ReadonlyMap<string, Card>,
  attempts: readonly Attempt[],
  now: Date,
  cap = DAILY_REVIEW_CAP,
  timeZone?: string,
): ReviewQueue {
  const today: LocalDay = localDay(now, timeZone);
  const doneToday = attempts.filter((attempt) => attempt.review && localDay(new Date(attempt.at), timeZone) === today).length;
  const due = [...cards.entries()]
    .filter(([, card]) => card.due.getTime() <= now.getTime())
    .sort(([, a], [, b]) => a.due.getTime() - b.due.getTime())
    .map(([id]) => id);
  const room = Math.max(cap - doneToday, 0);
  const offered = due.slice(0, room);
  const waiting = due.length - offered.length;
  return { today: offered, waiting, daysToClear: waiting === 0 ? 0 : Math.ceil(waiting / cap), doneToday };
}

/** The next time anything falls due, for "nothing to review now — next on …". */
export function nextDue(cards: ReadonlyMap<string, Card>, now: Date): Date | undefined {
  let next: Date | undefined;
  for (const card of cards.values()) if (card.due > now && (!next || card.due < next)) next = card.due;
  return next;
}
