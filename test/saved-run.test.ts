import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '@/lib/content/read-files';
import { validateContent } from '@/lib/content/validate';
import { readSavedRun, restoreSession, savedRunOf } from '@/lib/quiz/saved-run';
import { answerItem, nextItem, startSession } from '@/lib/quiz/session';

const { content } = validateContent(readContentFiles(join(import.meta.dirname, '..', 'content')));
const pool = content.questions.filter((item) => item.kind === 'choice').slice(0, 12);
const items = pool.slice(0, 5);
const right = { choice: 'a', correct: true };

/** A session with the first `count` items answered and moved past. */
function answered(count: number) {
  let session = startSession(items);
  for (const item of items.slice(0, count)) session = nextItem(answerItem(session, item.id, right));
  return session;
}

/** Saved to text and read back, as a reload does. */
const roundTrip = (session: ReturnType<typeof startSession>, seed = 42) => readSavedRun(JSON.stringify(savedRunOf(seed, session)));

describe('a quiz in progress, saved for the tab', () => {
  it('picks up at the first question not yet answered, with the same seed', () => {
    const run = roundTrip(answered(2), 1234);
    expect(run?.seed).toBe(1234);
    const restored = restoreSession(run!, pool)!;
    expect(restored.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(restored.index).toBe(2);
    expect(Object.keys(restored.answers)).toEqual([items[0]!.id, items[1]!.id]);
    expect(restored.finished).toBe(false);
  });

  it('moves past an answered question the learner had not yet left', () => {
    const session = answerItem(answered(1), items[1]!.id, { choice: 'b', correct: false });
    expect(session.index).toBe(1);
    expect(restoreSession(roundTrip(session)!, pool)).toMatchObject({ index: 2, finished: false });
  });

  it('is finished when every question was answered', () => {
    const all = answerItem(answered(4), items[4]!.id, { choice: 'c', correct: null });
    expect(restoreSession(roundTrip(all)!, pool)).toMatchObject({ index: 4, finished: true });
  });

  it('starts at the first question when none was answered', () => {
    expect(restoreSession(roundTrip(startSession(items))!, pool)).toMatchObject({ index: 0, finished: false, answers: {} });
  });

  it('is not restored when one of its questions is no longer in the quiz', () => {
    const run = roundTrip(answered(2))!;
    expect(restoreSession(run, pool.filter((item) => item.id !== items[3]!.id))).toBeUndefined();
  });

  it('is not restored when its answers do not fit its questions', () => {
    const run = roundTrip(answered(2))!;
    expect(restoreSession({ ...run, answers: { ...run.answers, [pool[9]!.id]: right } }, pool)).toBeUndefined();
    expect(restoreSession({ ...run, answers: { [items[3]!.id]: right } }, pool)).toBeUndefined();
    expect(restoreSession({ ...run, itemIds: [items[0]!.id, items[0]!.id] }, pool)).toBeUndefined();
  });

  it('reads nothing from text that is not a saved run', () => {
    const good = savedRunOf(7, answered(1));
    for (const text of [
      null,
      '',
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, seed: -1 }),
      JSON.stringify({ ...good, seed: 1.5 }),
      JSON.stringify({ ...good, itemIds: [] }),
      JSON.stringify({ ...good, itemIds: [''] }),
      JSON.stringify({ ...good, answers: { [items[0]!.id]: { choice: 'a', correct: 'yes' } } }),
      JSON.stringify({ ...good, extra: true }),
    ]) {
      expect(readSavedRun(text), String(text)).toBeUndefined();
    }
    expect(readSavedRun(JSON.stringify(good))).toEqual(good);
  });
});
