import type { Question } from '@/lib/content/question-schema';

/** What the learner gave for one item: a short description and whether it was right. */
export type ItemAnswer = {
  /** The option key, or a summary for match-pairs and branching (e.g. "2 wrong matches"). */
  choice: string;
  /** null for items that are not scored (a "discuss" card). */
  correct: boolean | null;
};

export type QuizSession = {
  items: Question[];
  index: number;
  answers: Record<string, ItemAnswer>;
  finished: boolean;
};

export const startSession = (items: Question[]): QuizSession => ({ items, index: 0, answers: {}, finished: items.length === 0 });

export function answerItem(session: QuizSession, itemId: string, answer: ItemAnswer): QuizSession {
  if (session.answers[itemId] || session.finished) return session;
  return { ...session, answers: { ...session.answers, [itemId]: answer } };
}

export function nextItem(session: QuizSession): QuizSession {
  const current = session.items[session.index];
  if (!current || !session.answers[current.id]) return session;
  const index = session.index + 1;
  return index >= session.items.length ? { ...session, finished: true } : { ...session, index };
}

export type QuizSummary = {
  /** Items that count towards the score. */
  scored: number;
  correct: number;
  mistakes: Question[];
};

export function summarise(session: QuizSession): QuizSummary {
  let scored = 0;
  let correct = 0;
  const mistakes: Question[] = [];
  for (const item of session.items) {
    const answer = session.answers[item.id];
    if (!answer || answer.correct === null) continue;
    scored++;
    if (answer.correct) correct++;
    else mistakes.push(item);
  }
  return { scored, correct, mistakes };
}
