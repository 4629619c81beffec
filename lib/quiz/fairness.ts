import type { Question } from '@/lib/content/question-schema';

/** The fairness figures of a question bank, as the content report prints them. */
export type FairnessFigures = {
  /** Items with 3 or 4 options whose correct answer sits at each position. */
  correctPositions: number[];
  /** The largest share of those items held by one position. */
  maxCorrectPositionShare: number;
  /** Items whose correct option is strictly the longest. */
  correctIsLongest: number;
  correctIsLongestShare: number;
  /** Items with options considered for the longest-answer check. */
  optionItems: number;
  trueFalse: { true: number; false: number };
};

/** The options of items where the learner picks one of several written answers. */
function optionTexts(item: Question, lessonTitles: Record<string, string>): { texts: string[]; correct: number } | undefined {
  if (item.kind === 'choice') return { texts: item.options.map((o) => o.text), correct: item.options.findIndex((o) => o.correct) };
  if (item.kind === 'which-principle') {
    return { texts: item.options.map((o) => lessonTitles[o.principle] ?? o.principle), correct: item.options.findIndex((o) => o.correct) };
  }
  return undefined;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function fairnessFigures(questions: Question[], lessonTitles: Record<string, string>): FairnessFigures {
  const correctPositions = [0, 0, 0, 0];
  let optionItems = 0;
  let correctIsLongest = 0;
  const trueFalse = { true: 0, false: 0 };
  for (const item of questions) {
    if (item.kind === 'true-false') trueFalse[item.answer ? 'true' : 'false']++;
    const options = optionTexts(item, lessonTitles);
    if (!options) continue;
    optionItems++;
    correctPositions[options.correct]!++;
    const correctLength = options.texts[options.correct]!.length;
    if (options.texts.every((text, index) => index === options.correct || text.length < correctLength)) correctIsLongest++;
  }
  return {
    correctPositions,
    maxCorrectPositionShare: round(Math.max(...correctPositions) / Math.max(optionItems, 1)),
    correctIsLongest,
    correctIsLongestShare: round(correctIsLongest / Math.max(optionItems, 1)),
    optionItems,
    trueFalse,
  };
}

const gradableKinds = new Set(['choice', 'true-false', 'which-principle', 'fill-gap', 'sort', 'match-pairs', 'branching']);

/** Whether an item is graded: everything but self-ratings and "discuss" cards. */
export const isGradable = (item: Question) => gradableKinds.has(item.kind) && !(item.kind === 'sort' && item.answer === 'discuss');

/** Gradable items that test each lesson (listed anywhere in `principles`). */
export function gradableItemsPerLesson(questions: Question[], lessonIds: string[]): Record<string, number> {
  const counts = Object.fromEntries(lessonIds.map((id) => [id, 0]));
  for (const item of questions) {
    if (!isGradable(item)) continue;
    for (const id of new Set(item.principles)) if (id in counts) counts[id]!++;
  }
  return counts;
}
