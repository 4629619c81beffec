import type { Question } from '@/lib/content/question-schema';
import { shuffle, type Random } from './random';

/**
 * Every single-answer kind (choice, true/false, which principle, sort, fill the gap)
 * presented the same way: a prompt and a list of options, each with its feedback.
 */
export type PresentedOption = {
  key: string;
  label: string;
  /** null when the item is not scored (a "discuss" card). */
  correct: boolean | null;
  feedback: string;
};

export type SingleAnswerKind = 'choice' | 'true-false' | 'which-principle' | 'sort' | 'fill-gap';
export type SingleAnswerQuestion = Extract<Question, { kind: SingleAnswerKind }>;

export type PresentedSingle = {
  kind: SingleAnswerKind;
  id: string;
  /** The question as asked. */
  prompt: string;
  /** The instruction above the options, e.g. "Which project is this?". */
  ask: string;
  options: PresentedOption[];
  scored: boolean;
  /** The lesson the feedback links back to. */
  lessonId: string;
};

export const isSingleAnswer = (item: Question): item is SingleAnswerQuestion =>
  item.kind === 'choice' || item.kind === 'true-false' || item.kind === 'which-principle' || item.kind === 'sort' || item.kind === 'fill-gap';

const normaliseAnswer = (value: string) => value.toLowerCase().replace(/[\s%]/g, '');

/** Lays an item out for answering, with its options shuffled where order carries no meaning. */
export function presentSingle(item: SingleAnswerQuestion, lessonTitles: Record<string, string>, random: Random): PresentedSingle {
  const base = { kind: item.kind, id: item.id, lessonId: item.principles[0]! };
  switch (item.kind) {
    case 'choice':
      return {
        ...base,
        prompt: item.prompt,
        ask: 'Choose one answer.',
        scored: true,
        options: shuffle(
          item.options.map((option, index) => ({ key: String(index), label: option.text, correct: option.correct, feedback: option.feedback })),
          random,
        ),
      };
    case 'which-principle':
      return {
        ...base,
        prompt: item.scenario,
        ask: 'Which principle does this show?',
        scored: true,
        options: shuffle(
          item.options.map((option) => ({
            key: option.principle,
            label: lessonTitles[option.principle] ?? option.principle,
            correct: option.correct,
            feedback: option.feedback,
          })),
          random,
        ),
      };
    case 'true-false':
      // True before False, always: the order is a convention, not a clue.
      return {
        ...base,
        prompt: item.statement,
        ask: 'True or false?',
        scored: true,
        options: [
          { key: 'true', label: 'True', correct: item.answer === true, feedback: item.feedback.true },
          { key: 'false', label: 'False', correct: item.answer === false, feedback: item.feedback.false },
        ],
      };
    case 'sort': {
      const scored = item.answer !== 'discuss';
      return {
        ...base,
        prompt: item.card,
        ask: 'Organiser or factionalist? Which project is this?',
        scored,
        options: (['organiser', 'factionalist'] as const).map((side) => ({
          key: side,
          label: side === 'organiser' ? 'Organiser' : 'Factionalist',
          correct: scored ? item.answer === side : null,
          feedback: item.feedback[side],
        })),
      };
    }
    case 'fill-gap': {
      const accepted = new Set(item.accept.map(normaliseAnswer));
      return {
        ...base,
        prompt: item.text,
        ask: 'Fill the gap.',
        scored: true,
        options: shuffle(
          item.choices.map((choice) => {
            const correct = accepted.has(normaliseAnswer(choice));
            return { key: choice, label: choice, correct, feedback: correct ? item.feedback.correct : item.feedback.incorrect };
          }),
          random,
        ),
      };
    }
  }
}
