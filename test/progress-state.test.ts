import { describe, expect, it } from 'vitest';
import {
  PROGRESS_VERSION,
  UnreadableProgressError,
  completeLesson,
  countCompleted,
  initialProgress,
  isLessonComplete,
  migrateProgress,
  NewerProgressError,
  rateSelf,
  recordAttempt,
} from '@/lib/progress/progress-state';

const monday = new Date('2026-11-23T19:30:00Z');
const tuesday = new Date('2026-11-24T08:00:00Z');

describe('completing a lesson', () => {
  it('records when it was first completed', () => {
    const state = completeLesson(initialProgress, 'organiser-listen', monday);
    expect(state.completedLessons).toEqual({ 'organiser-listen': monday.toISOString() });
    expect(isLessonComplete(state, 'organiser-listen')).toBe(true);
  });

  it('keeps the first date when completed again, returning the same state', () => {
    const once = completeLesson(initialProgress, 'organiser-listen', monday);
    expect(completeLesson(once, 'organiser-listen', tuesday)).toBe(once);
  });

  it('counts the completed lessons of a module', () => {
    let state = completeLesson(initialProgress, 'benn-democracy', monday);
    state = completeLesson(state, 'organiser-listen', monday);
    expect(countCompleted(state, ['benn-democracy', 'benn-stories'])).toBe(1);
  });
});

describe('migrating saved progress', () => {
  it('is at version 3', () => {
    expect(PROGRESS_VERSION).toBe(3);
  });

  it('brings a hand-written version 0 payload forward, keeping every lesson', () => {
    const migrated = migrateProgress({ lessonsDone: ['organiser-listen', 'benn-stories'] }, 0);
    expect(Object.keys(migrated.completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
    expect(migrated.completedLessons['benn-stories']).toBe(new Date(0).toISOString());
  });

  it('brings an empty version 0 payload forward to empty progress', () => {
    expect(migrateProgress({ lessonsDone: [] }, 0)).toEqual(initialProgress);
  });

  it('reads the current version as it is', () => {
    const saved = { completedLessons: { 'organiser-listen': monday.toISOString() }, attempts: [], selfRatings: {}, activityDays: ['2026-11-23'] };
    expect(migrateProgress(saved, 3)).toEqual(saved);
  });

  it('leaves progress from a newer version alone, with its own error', () => {
    expect(() => migrateProgress({ anything: true }, 4)).toThrow(NewerProgressError);
  });

  it.each([
    ['nothing', undefined, 1],
    ['a list', ['organiser-listen'], 1],
    ['dates that are not dates', { completedLessons: { 'organiser-listen': 'yesterday' } }, 1],
    ['a version 2 payload without its answers', { completedLessons: {} }, 2],
    ['a version 0 payload of the wrong shape', { completed: 3 }, 0],
    ['a version 3 payload with a malformed day', { completedLessons: {}, attempts: [], selfRatings: {}, activityDays: ['23/11/2026'] }, 3],
  ])('refuses %s rather than guessing', (_, saved, version) => {
    expect(() => migrateProgress(saved, version)).toThrow(UnreadableProgressError);
  });
});

describe('recording answers and active days', () => {
  it('records every attempt with its time, oldest first', () => {
    let state = recordAttempt(initialProgress, { itemId: 'org-listen-choice-1', choice: '2', correct: false }, monday);
    state = recordAttempt(state, { itemId: 'org-listen-choice-1', choice: '1', correct: true }, tuesday);
    expect(state.attempts).toEqual([
      { itemId: 'org-listen-choice-1', choice: '2', correct: false, at: monday.toISOString() },
      { itemId: 'org-listen-choice-1', choice: '1', correct: true, at: tuesday.toISOString() },
    ]);
  });

  it('marks the learner’s own calendar day as active, once', () => {
    let state = recordAttempt(initialProgress, { itemId: 'a', choice: '1', correct: true }, monday, '2026-11-23');
    state = completeLesson(state, 'organiser-listen', monday, '2026-11-23');
    state = recordAttempt(state, { itemId: 'a', choice: '1', correct: true }, tuesday, '2026-11-24');
    expect(state.activityDays).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('keeps the latest private self-rating', () => {
    let state = rateSelf(initialProgress, 'org-listen-rating-1', 2, monday);
    state = rateSelf(state, 'org-listen-rating-1', 4, tuesday);
    expect(state.selfRatings).toEqual({ 'org-listen-rating-1': { value: 4, at: tuesday.toISOString() } });
  });

  // Noon UTC falls on the same calendar day in almost every time zone.
  const mondayNoon = '2026-11-23T12:00:00.000Z';

  it('migrates a version 1 payload: its lessons kept, no answers yet, its active days worked out', () => {
    const saved = { completedLessons: { 'organiser-listen': mondayNoon } };
    expect(migrateProgress(saved, 1)).toEqual({ ...saved, attempts: [], selfRatings: {}, activityDays: ['2026-11-23'] });
  });

  it('migrates a version 2 payload, dating its answers as active days', () => {
    const saved = {
      completedLessons: {},
      attempts: [{ itemId: 'a', choice: '1', correct: true, at: mondayNoon }],
      selfRatings: { r: { value: 3, at: mondayNoon } },
    };
    expect(migrateProgress(saved, 2)).toEqual({ ...saved, activityDays: ['2026-11-23'] });
  });

  it('migrates version 0 through every step to version 3, with no day for undated lessons', () => {
    expect(migrateProgress({ lessonsDone: ['benn-stories'] }, 0)).toEqual({
      completedLessons: { 'benn-stories': new Date(0).toISOString() },
      attempts: [],
      selfRatings: {},
      activityDays: [],
    });
  });

  it('refuses a version 2 payload with a rating out of range', () => {
    const saved = { completedLessons: {}, attempts: [], selfRatings: { x: { value: 9, at: monday.toISOString() } } };
    expect(() => migrateProgress(saved, 2)).toThrow(UnreadableProgressError);
  });
});
