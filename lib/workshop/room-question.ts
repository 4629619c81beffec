import { presentSingle, type PresentedOption, type PresentedSingle, type SingleAnswerQuestion } from '@/lib/quiz/present';
import { seededRandom } from '@/lib/quiz/random';

/**
 * A question as the room answers it: each option carries the card people hold up.
 * Lettered options come from presentSingle with a random seeded by the plan and the item,
 * so the presenter, the notes and the printed answer key always agree on which is A.
 */

export const letterCards = ['A', 'B', 'C', 'D'] as const;
export const sideCards = ['organiser', 'factionalist'] as const;
export type CardId = (typeof letterCards)[number] | (typeof sideCards)[number];

export const cardLabels: Record<CardId, string> = { A: 'A', B: 'B', C: 'C', D: 'D', organiser: 'Organiser', factionalist: 'Factionalist' };

export type RoomOption = PresentedOption & { card: CardId };
export type RoomQuestion = Omit<PresentedSingle, 'options'> & {
  options: RoomOption[];
  /** Which set of answer cards the room holds up. */
  cards: 'letters' | 'sides';
};

/** Mixes the plan's seed with the item id, so each item gets its own order. */
export const roomSeed = (seed: number, itemId: string) =>
  [...itemId].reduce((value, char) => Math.imul(value ^ char.charCodeAt(0), 16777619), seed ^ 0x9e3779b9) >>> 0;

export function presentForRoom(item: SingleAnswerQuestion, lessonTitles: Record<string, string>, seed: number): RoomQuestion {
  const presented = presentSingle(item, lessonTitles, seededRandom(roomSeed(seed, item.id)));
  if (item.kind === 'sort') {
    return { ...presented, cards: 'sides', options: presented.options.map((option) => ({ ...option, card: option.key as CardId })) };
  }
  return { ...presented, cards: 'letters', options: presented.options.map((option, index) => ({ ...option, card: letterCards[index]! })) };
}

/** "B: Give power away", or "Organiser" for a sorting card. */
export function answerLabel(question: RoomQuestion): string {
  const right = question.options.find((option) => option.correct);
  if (!right) return 'Both readings have a case';
  return question.cards === 'sides' ? right.label : `${right.card}: ${right.label}`;
}

/** The right option's feedback as an explanation for the room, without the "Yes." it opens with for a learner. */
export function explanationOf(feedback: string): string {
  const text = feedback.replace(/^(yes|right|correct)\b[.!,:]?\s*(?:[—–-]\s*)?/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
