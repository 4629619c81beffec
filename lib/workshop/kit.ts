import type { Question } from '@/lib/content/question-schema';
import type { Content } from '@/lib/content/validate';
import { seededRandom, shuffle } from '@/lib/quiz/random';
import { isSingleAnswer, type SingleAnswerQuestion } from '@/lib/quiz/present';
import { explanationOf, presentForRoom, type RoomQuestion } from './room-question';

/**
 * The printable kit's contents, numbered once here so the sorting cards, the worksheet
 * and the answer key always agree.
 */

/** The worksheet's lettered options and shuffled pairs are the same on every print. */
export const kitSeed = 1917;

type SortItem = Extract<Question, { kind: 'sort' }>;
type FillGapItem = Extract<Question, { kind: 'fill-gap' }>;

export type SortingCard = { number: number; id: string; text: string; answer: SortItem['answer']; why: string };

const sortAnswerWhy = (item: SortItem) =>
  item.answer === 'discuss' ? `Both readings have a case. ${item.feedback.organiser} ${item.feedback.factionalist}` : explanationOf(item.feedback[item.answer]);

function itemsOf<K extends Question['kind']>(content: Content, ids: string[], kind: K): Extract<Question, { kind: K }>[] {
  const byId = new Map(content.questions.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id)).filter((item): item is Extract<Question, { kind: K }> => item?.kind === kind);
}

export function sortingCardsOf(content: Content): SortingCard[] {
  return itemsOf(content, content.printKit.sortingCards, 'sort').map((item, index) => ({
    number: index + 1,
    id: item.id,
    text: item.card,
    answer: item.answer,
    why: sortAnswerWhy(item),
  }));
}

export type Worksheet = {
  sort: { number: number; text: string; answer: 'organiser' | 'factionalist'; why: string }[];
  gaps: { number: number; before: string; after: string; choices: string[]; answer: string; why: string }[];
  pairs: { left: { number: number; label: string }[]; right: { letter: string; label: string }[]; answers: { number: number; letter: string }[] };
  questions: { number: number; question: RoomQuestion }[];
  reflection: string[];
};

export function worksheetOf(content: Content): Worksheet {
  const { worksheet } = content.printKit;
  const titles = Object.fromEntries(content.lessons.map((lesson) => [lesson.id, lesson.title]));
  const sort = itemsOf(content, worksheet.sort, 'sort').flatMap((item, index) =>
    item.answer === 'discuss' ? [] : [{ number: index + 1, text: item.card, answer: item.answer, why: explanationOf(item.feedback[item.answer]) }],
  );
  const gaps = itemsOf(content, worksheet.gaps, 'fill-gap').map((item: FillGapItem, index) => {
    const [before = '', after = ''] = item.text.split('___');
    return { number: index + 1, before, after, choices: item.choices, answer: item.accept[0]!, why: item.feedback.correct };
  });
  const pairs = worksheet.pairs.map((id) => content.mirrorPairs.find((pair) => pair.id === id)!).filter(Boolean);
  const letters = 'ABCDEF';
  const shuffled = shuffle(pairs, seededRandom(kitSeed));
  const questions = worksheet.questions
    .map((id) => content.questions.find((item) => item.id === id))
    .filter((item): item is SingleAnswerQuestion => item !== undefined && isSingleAnswer(item))
    .map((item, index) => ({ number: index + 1, question: presentForRoom(item, titles, kitSeed) }));
  return {
    sort,
    gaps,
    pairs: {
      left: pairs.map((pair, index) => ({ number: index + 1, label: pair.organiserLabel })),
      right: shuffled.map((pair, index) => ({ letter: letters[index]!, label: pair.factionalistLabel })),
      answers: pairs.map((pair, index) => ({ number: index + 1, letter: letters[shuffled.indexOf(pair)]! })),
    },
    questions,
    reflection: worksheet.reflection,
  };
}
