import { describe, expect, it } from 'vitest';
import {
  PROGRESS_VERSION,
  UnreadableProgressError,
  completeLesson,
  countCompleted,
  initialProgress,
  isLessonComplete,
  migrateProgress,
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
  it('is at version 2', () => {
    expect(PROGRESS_VERSION).toBe(2);
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
    const saved = { completedLessons: { 'organiser-listen': monday.toISOString() }, attempts: [], selfRatings: {} };
    expect(migrateProgress(saved, 2)).toEqual(saved);
  });

  it.each([
    ['nothing', undefined, 1],
    ['a list', ['organiser-listen'], 1],
    ['dates that are not dates', { completedLessons: { 'organiser-listen': 'yesterday' } }, 1],
    ['a version 2 payload without its answers', { completedLessons: {} }, 2],
    ['a version 0 payload of the wrong shape', { completed: 3 }, 0],
    ['a version from the future', { completedLessons: {} }, 99],
  ])('refuses %s rather than guessing', (_, saved, version) => {
    expect(() => migrateProgress(saved, version)).toThrow(UnreadableProgressError);
  });
});

describe('recording answers (version 2)', () => {
  it('records every attempt with its time, oldest first', () => {
    let state = recordAttempt(initialProgress, { itemId: 'org-listen-choice-1', choice: '2', correct: false }, monday);
    state = recordAttempt(state, { itemId: 'org-listen-choice-1', choice: '1', correct: true }, tuesday);
    expect(state.attempts).toEqual([
      { itemId: 'org-listen-choice-1', choice: '2', correct: false, at: monday.toISOString() },
      { itemId: 'org-listen-choice-1', choice: '1', correct: true, at: tuesday.toISOString() },
    ]);
  });

  it('keeps the latest private self-rating', () => {
    let state = rateSelf(initialProgress, 'org-listen-rating-1', 2, monday);
    state = rateSelf(state, 'org-listen-rating-1', 4, tuesday);
    expect(state.selfRatings).toEqual({ 'org-listen-rating-1': { value: 4, at: tuesday.toISOString() } });
  });

  it('migrates a version 1 payload, keeping its lessons and starting with no answers', () => {
    const saved = { completedLessons: { 'organiser-listen': monday.toISOString() } };
    expect(migrateProgress(saved, 1)).toEqual({ ...saved, attempts: [], selfRatings: {} });
  });

  it('migrates version 0 through version 1 to version 2', () => {
    expect(migrateProgress({ lessonsDone: ['benn-stories'] }, 0)).toEqual({
      completedLessons: { 'benn-stories': new Date(0).toISOString() },
      attempts: [],
      selfRatings: {},
    });
  });

  it('refuses a version 2 payload with a rating out of range', () => {
    const saved = { completedLessons: {}, attempts: [], selfRatings: { x: { value: 9, at: monday.toISOString() } } };
    expect(() => migrateProgress(saved, 2)).toThrow(UnreadableProgressError);
  });
});
