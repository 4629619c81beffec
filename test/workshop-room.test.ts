import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { buildWorkshopCatalogue, lessonTitlesOf } from '@/lib/workshop/catalogue';
import { isDark, qrShape } from '@/lib/workshop/qr';
import { answerLabel, presentForRoom } from '@/lib/workshop/room-question';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const catalogue = buildWorkshopCatalogue(content);
const titles = lessonTitlesOf(catalogue);
const item = (id: string) => catalogue.items[id]!;

describe('a question put to the room', () => {
  it('letters the options A to D, the same way for the same plan every time', () => {
    const choice = Object.values(catalogue.items).find((candidate) => candidate.kind === 'choice' && candidate.options.length === 4)!;
    const first = presentForRoom(choice, titles, 99);
    expect(first.cards).toBe('letters');
    expect(first.options.map((option) => option.card)).toEqual(['A', 'B', 'C', 'D']);
    expect(presentForRoom(choice, titles, 99)).toEqual(first);
    expect(first.options.filter((option) => option.correct)).toHaveLength(1);
  });

  it('spreads the right answer across the letters from one plan to the next', () => {
    const choice = Object.values(catalogue.items).find((candidate) => candidate.kind === 'choice' && candidate.options.length === 4)!;
    const letters = new Set(Array.from({ length: 40 }, (_, seed) => presentForRoom(choice, titles, seed).options.find((option) => option.correct)!.card));
    expect(letters.size).toBe(4);
  });

  it('puts sorting cards to the room as Organiser or Factionalist, and true or false as A and B', () => {
    const sort = presentForRoom(item('sp-two-projects-sort-2'), titles, 1);
    expect(sort.cards).toBe('sides');
    expect(sort.options.map((option) => option.card)).toEqual(['organiser', 'factionalist']);
    expect(answerLabel(sort)).toBe('Factionalist');
    const trueFalse = Object.values(catalogue.items).find((candidate) => candidate.kind === 'true-false')!;
    expect(presentForRoom(trueFalse, titles, 1).options.map((option) => `${option.card} ${option.label}`)).toEqual(['A True', 'B False']);
  });

  it('names the answer by letter and text, and has none for a discuss card', () => {
    const discuss = Object.values(catalogue.items).find((candidate) => candidate.kind === 'sort' && candidate.answer === 'discuss')!;
    expect(answerLabel(presentForRoom(discuss, titles, 1))).toBe('Both readings have a case');
    const which = presentForRoom(item('org-give-power-away-which-principle-1'), titles, 5);
    expect(answerLabel(which)).toMatch(/^[A-D]: Give power away$/);
  });
});

describe('a QR code', () => {
  it('draws the three finder squares in the corners, with room for a quiet zone', () => {
    const shape = qrShape('https://groundwork.example/learn/organiser/listen/');
    expect(shape.size).toBeGreaterThanOrEqual(25);
    for (const [row, column] of [[0, 0], [0, shape.size - 7], [shape.size - 7, 0]] as const) {
      expect(isDark(shape, row, column)).toBe(true);
      expect(isDark(shape, row + 1, column + 1)).toBe(false);
      expect(isDark(shape, row + 3, column + 3)).toBe(true);
    }
    expect(shape.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });
});

describe('the explanation shown to the room', () => {
  it('drops the “Yes” a learner is told, and keeps the reason', async () => {
    const { explanationOf } = await import('@/lib/workshop/room-question');
    expect(explanationOf('Yes. The essay says the starting point is that you like people.')).toBe('The essay says the starting point is that you like people.');
    expect(explanationOf('Yes — this is the organiser’s starting point.')).toBe('This is the organiser’s starting point.');
    expect(explanationOf('The essay says so.')).toBe('The essay says so.');
  });
});

describe('the printable kit', () => {
  it('numbers the sorting cards and gives each an answer and a reason', async () => {
    const { sortingCardsOf } = await import('@/lib/workshop/kit');
    const cards = sortingCardsOf(content);
    expect(cards.map((card) => card.number)).toEqual(cards.map((_, index) => index + 1));
    expect(cards.length).toBe(content.printKit.sortingCards.length);
    expect(new Set(cards.map((card) => card.answer))).toEqual(new Set(['organiser', 'factionalist', 'discuss']));
    for (const card of cards) expect(card.why).not.toMatch(/^Yes/);
  });

  it('letters the worksheet’s mirror pairs so that each answer points at the mirror trait', async () => {
    const { worksheetOf } = await import('@/lib/workshop/kit');
    const sheet = worksheetOf(content);
    for (const { number, letter } of sheet.pairs.answers) {
      const left = sheet.pairs.left.find((row) => row.number === number)!.label;
      const right = sheet.pairs.right.find((row) => row.letter === letter)!.label;
      expect(content.mirrorPairs.some((pair) => pair.organiserLabel === left && pair.factionalistLabel === right)).toBe(true);
    }
    expect(sheet.pairs.answers.some(({ number, letter }) => 'ABCDEF'.indexOf(letter) !== number - 1)).toBe(true);
    expect(sheet.questions.every(({ question }) => question.options.filter((option) => option.correct).length === 1)).toBe(true);
    expect(worksheetOf(content)).toEqual(sheet);
  });
});
