import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { fairnessFigures, gradableItemsPerLesson } from '@/lib/quiz/fairness';
import { isSingleAnswer, presentSingle } from '@/lib/quiz/present';
import { seededRandom, shuffle } from '@/lib/quiz/random';
import { buildQuiz, finalQuiz, lessonCheck, moduleQuiz } from '@/lib/quiz/select';
import { answerItem, nextItem, startSession, summarise } from '@/lib/quiz/session';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const { questions, lessons, modules } = content;
const titles = Object.fromEntries(lessons.map((lesson) => [lesson.id, lesson.title]));

describe('the seeded random source', () => {
  it('shuffles the same way for the same seed, and differently for another', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    expect(shuffle(items, seededRandom(7))).toEqual(shuffle(items, seededRandom(7)));
    expect(shuffle(items, seededRandom(7))).not.toEqual(shuffle(items, seededRandom(8)));
    expect(shuffle(items, seededRandom(7)).sort((a, b) => a - b)).toEqual(items);
  });

  it('puts the correct option of a four-option item in every position over many attempts', () => {
    const item = questions.find((question) => question.kind === 'choice' && question.options.length === 4)!;
    const positions = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      const presented = presentSingle(item as Parameters<typeof presentSingle>[0], titles, seededRandom(seed));
      positions.add(presented.options.findIndex((option) => option.correct));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('the question bank is fair', () => {
  const figures = fairnessFigures(questions, titles);

  it('has at least four gradable items for each of the 25 principles', () => {
    const perLesson = gradableItemsPerLesson(questions, lessons.map((lesson) => lesson.id));
    for (const lesson of lessons) expect(perLesson[lesson.id], lesson.id).toBeGreaterThanOrEqual(4);
    expect(questions.filter((item) => item.kind !== 'self-rating').length).toBeGreaterThanOrEqual(100);
  });

  it('balances the position of the correct option: no position holds more than 40%', () => {
    expect(figures.maxCorrectPositionShare).toBeLessThanOrEqual(0.4);
  });

  it('makes the correct option the longest in no more than 40% of items', () => {
    expect(figures.correctIsLongestShare).toBeLessThanOrEqual(0.4);
  });

  it('has no "all of the above" or "none of the above"', () => {
    expect(JSON.stringify(questions)).not.toMatch(/\b(all|none) of the above\b/i);
  });

  it('has 30+ sorting cards, some marked "discuss", all ten mirror pairs and 2+ branching scenarios', () => {
    const sort = questions.filter((item) => item.kind === 'sort');
    expect(sort.length).toBeGreaterThanOrEqual(30);
    expect(sort.some((item) => item.answer === 'discuss')).toBe(true);
    const pairs = new Set(questions.flatMap((item) => (item.kind === 'match-pairs' ? item.pairs : [])));
    expect(pairs.size).toBe(10);
    expect(questions.filter((item) => item.kind === 'branching').length).toBeGreaterThanOrEqual(2);
  });

  it('gives feedback on every option of every item', () => {
    for (const item of questions.filter(isSingleAnswer)) {
      for (const option of presentSingle(item, titles, seededRandom(1)).options) expect(option.feedback.trim(), item.id).not.toBe('');
    }
  });
});

describe('building quizzes', () => {
  it('gives every lesson a check of three different items that test it', () => {
    for (const lesson of lessons) {
      const check = lessonCheck(questions, lesson.id, seededRandom(3));
      expect(check, lesson.id).toHaveLength(3);
      expect(new Set(check.map((item) => item.id)).size).toBe(3);
      for (const item of check) expect(item.principles[0]).toBe(lesson.id);
    }
  });

  it('gives every module a quiz that covers each of its lessons', () => {
    for (const learningModule of modules) {
      const quiz = moduleQuiz(questions, learningModule.id, learningModule.lessons, seededRandom(5));
      expect(quiz.length, learningModule.id).toBeGreaterThanOrEqual(8);
      for (const lessonId of learningModule.lessons) expect(quiz.some((item) => item.principles.includes(lessonId)), lessonId).toBe(true);
      expect(new Set(quiz.map((item) => item.id)).size).toBe(quiz.length);
    }
  });

  it('builds the final check from every module', () => {
    const quiz = finalQuiz(questions, seededRandom(9));
    expect(quiz).toHaveLength(15);
    expect(new Set(quiz.map((item) => item.module))).toEqual(new Set(['organiser', 'factionalist', 'square-pegs', 'benn']));
    expect(new Set(quiz.map((item) => item.id)).size).toBe(quiz.length);
  });

  it('builds the same quiz for the same seed', () => {
    const ids = (seed: number) => buildQuiz(questions, { kind: 'final' }, seededRandom(seed)).map((item) => item.id);
    expect(ids(11)).toEqual(ids(11));
    expect(ids(11)).not.toEqual(ids(12));
  });
});

describe('a quiz session', () => {
  const items = lessonCheck(questions, 'organiser-listen', seededRandom(1));

  it('moves on only after an answer, and finishes after the last item', () => {
    let session = startSession(items);
    expect(nextItem(session)).toBe(session);
    for (const item of items) {
      session = answerItem(session, item.id, { choice: 'x', correct: item === items[1] });
      session = nextItem(session);
    }
    expect(session.finished).toBe(true);
    const summary = summarise(session);
    expect(summary).toMatchObject({ scored: 3, correct: 1 });
    expect(summary.mistakes.map((item) => item.id)).toEqual([items[0]!.id, items[2]!.id]);
  });

  it('keeps the first answer to an item', () => {
    let session = answerItem(startSession(items), items[0]!.id, { choice: 'a', correct: true });
    session = answerItem(session, items[0]!.id, { choice: 'b', correct: false });
    expect(session.answers[items[0]!.id]).toEqual({ choice: 'a', correct: true });
  });

  it('leaves unscored answers out of the score', () => {
    let session = startSession(items.slice(0, 1));
    session = answerItem(session, items[0]!.id, { choice: 'organiser', correct: null });
    expect(summarise(session)).toEqual({ scored: 0, correct: 0, mistakes: [] });
  });
});
