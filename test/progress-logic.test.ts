import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDay, streak } from '@/lib/progress/dates';
import { masteryByLesson } from '@/lib/progress/mastery';
import { hasProgressBeyond, mergeProgress, progressAfterAnotherTabSaved } from '@/lib/progress/merge';
import { initialProgress, type Attempt, type ProgressState } from '@/lib/progress/progress-state';
import { reviewCards, reviewQueue, nextDue } from '@/lib/progress/review';
import { exportProgress } from '@/lib/progress/export-file';
import { parseProgressFile, previewImport } from '@/lib/progress/transfer';

describe('local calendar days', () => {
  it('dates a moment in the learner’s own time zone', () => {
    const lateInLondon = new Date('2026-06-30T23:30:00Z'); // 00:30 on 1 July in London (BST)
    expect(localDay(lateInLondon, 'Europe/London')).toBe('2026-07-01');
    expect(localDay(lateInLondon, 'America/New_York')).toBe('2026-06-30');
  });

  it('steps across the clocks going back and forward without losing or gaining a day', () => {
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25'); // UK clocks go back on 25 October 2026
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // and forward on 29 March
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('dates each side of the autumn change correctly in London', () => {
    expect(localDay(new Date('2026-10-25T00:30:00Z'), 'Europe/London')).toBe('2026-10-25'); // 01:30 BST
    expect(localDay(new Date('2026-10-25T23:30:00Z'), 'Europe/London')).toBe('2026-10-25'); // 23:30 GMT
  });
});

describe('the streak', () => {
  it('counts consecutive days ending today', () => {
    expect(streak(['2026-11-22', '2026-11-23', '2026-11-24'], '2026-11-24')).toEqual({ current: 3, longest: 3, activeToday: true });
  });

  it('is still alive in the morning before anything is done today', () => {
    expect(streak(['2026-11-22', '2026-11-23'], '2026-11-24')).toEqual({ current: 2, longest: 2, activeToday: false });
  });

  it('resets after a whole day with nothing done, remembering the longest', () => {
    expect(streak(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'], '2026-11-24')).toEqual({ current: 1, longest: 3, activeToday: false });
  });

  it('runs straight through a daylight-saving change', () => {
    const days = ['2026-10-24', '2026-10-25', '2026-10-26'];
    expect(streak(days, '2026-10-26').current).toBe(3);
  });

  it('survives a change of time zone that repeats or skips a date', () => {
    // Flying east: one evening's activity and the next morning's fall on the same date.
    expect(streak(['2026-11-22', '2026-11-23', '2026-11-23'], '2026-11-23').current).toBe(2);
  });

  it('ignores days in the future when the clock is set back, without losing them', () => {
    const days = ['2026-11-22', '2026-11-23', '2026-11-24'];
    // The clock now says the 23rd: the 24th does not count yet, the rest does.
    expect(streak(days, '2026-11-23')).toEqual({ current: 2, longest: 2, activeToday: true });
    expect(streak(days, '2026-11-24').current).toBe(3);
  });

  it('is zero with no activity', () => {
    expect(streak([], '2026-11-24')).toEqual({ current: 0, longest: 0, activeToday: false });
  });
});

const attempt = (itemId: string, correct: boolean | null, at: string, review = false): Attempt => ({ itemId, choice: 'x', correct, at, ...(review ? { review } : {}) });

describe('mastery', () => {
  const itemLessons = { a: ['organiser-listen'], b: ['organiser-listen', 'square-pegs-mirror-images'], c: ['benn-stories'] };

  it('weighs recent answers more than old ones', () => {
    const wrongThenRight = masteryByLesson(
      [attempt('a', false, '2026-11-01T10:00:00Z'), attempt('a', true, '2026-11-02T10:00:00Z'), attempt('a', true, '2026-11-03T10:00:00Z')],
      itemLessons,
    );
    const rightThenWrong = masteryByLesson(
      [attempt('a', true, '2026-11-01T10:00:00Z'), attempt('a', true, '2026-11-02T10:00:00Z'), attempt('a', false, '2026-11-03T10:00:00Z')],
      itemLessons,
    );
    expect(wrongThenRight['organiser-listen']!.score).toBeGreaterThan(rightThenWrong['organiser-listen']!.score);
  });

  it('counts an answer towards every lesson its item tests, and skips unscored answers', () => {
    const mastery = masteryByLesson([attempt('b', true, '2026-11-01T10:00:00Z'), attempt('c', null, '2026-11-01T10:00:00Z')], itemLessons);
    expect(Object.keys(mastery).sort()).toEqual(['organiser-listen', 'square-pegs-mirror-images']);
  });

  it('calls a lesson secure only after three answers, mostly right', () => {
    const two = masteryByLesson([attempt('a', true, '2026-11-01T10:00:00Z'), attempt('a', true, '2026-11-02T10:00:00Z')], itemLessons);
    expect(two['organiser-listen']!.level).toBe('getting-there');
    const three = masteryByLesson(
      [attempt('a', true, '2026-11-01T10:00:00Z'), attempt('a', true, '2026-11-02T10:00:00Z'), attempt('a', true, '2026-11-03T10:00:00Z')],
      itemLessons,
    );
    expect(three['organiser-listen']!.level).toBe('secure');
  });
});

describe('spaced review', () => {
  const reviewable = new Set(['a', 'b', 'c']);
  const monday = new Date('2026-11-23T10:00:00Z');
  const minutes = (n: number) => new Date(monday.getTime() + n * 60_000);
  const days = (n: number) => new Date(monday.getTime() + n * 86_400_000);

  it('brings a missed item back within minutes, and a right one after days', () => {
    const cards = reviewCards([attempt('a', false, monday.toISOString()), attempt('b', true, monday.toISOString())], reviewable);
    expect(reviewQueue(cards, [], minutes(15), 20, 'UTC').today).toEqual(['a']);
    expect(reviewQueue(cards, [], days(3), 20, 'UTC').today.sort()).toEqual(['a', 'b']);
  });

  it('pushes an item further out each time it is answered right', () => {
    const once = reviewCards([attempt('a', true, monday.toISOString())], reviewable).get('a')!.due;
    const twice = reviewCards([attempt('a', true, monday.toISOString()), attempt('a', true, once.toISOString())], reviewable).get('a')!.due;
    expect(twice.getTime() - once.getTime()).toBeGreaterThan(once.getTime() - monday.getTime());
  });

  it('offers at most the daily cap and spreads a long backlog over the following days', () => {
    const many = Array.from({ length: 130 }, (_, index) => `item-${index}`);
    const cards = reviewCards(many.map((id) => attempt(id, false, monday.toISOString())), new Set(many));
    const afterAMonth = reviewQueue(cards, [], days(30), 20, 'UTC');
    expect(afterAMonth.today).toHaveLength(20);
    expect(afterAMonth.waiting).toBe(110);
    expect(afterAMonth.daysToClear).toBe(6);
  });

  it('counts reviews already done today against the cap', () => {
    const many = Array.from({ length: 30 }, (_, index) => `item-${index}`);
    const cards = reviewCards(many.map((id) => attempt(id, false, monday.toISOString())), new Set(many));
    const done = Array.from({ length: 15 }, (_, index) => attempt(`other-${index}`, true, days(2).toISOString(), true));
    expect(reviewQueue(cards, done, days(2), 20, 'UTC').today).toHaveLength(5);
  });

  it('leaves out items that cannot be reviewed and unscored answers', () => {
    const cards = reviewCards([attempt('zzz', false, monday.toISOString()), attempt('a', null, monday.toISOString())], reviewable);
    expect(cards.size).toBe(0);
    expect(nextDue(cards, monday)).toBeUndefined();
  });
});

describe('two copies of progress merged', () => {
  const a: ProgressState = {
    completedLessons: { x: '2026-11-02T10:00:00.000Z' },
    attempts: [attempt('a', true, '2026-11-02T10:00:00.000Z')],
    selfRatings: { r: { value: 2, at: '2026-11-02T10:00:00.000Z' } },
    activityDays: ['2026-11-02'],
  };
  const b: ProgressState = {
    completedLessons: { x: '2026-11-01T10:00:00.000Z', y: '2026-11-03T10:00:00.000Z' },
    attempts: [attempt('a', true, '2026-11-02T10:00:00.000Z'), attempt('b', false, '2026-11-03T10:00:00.000Z')],
    selfRatings: { r: { value: 4, at: '2026-11-03T10:00:00.000Z' } },
    activityDays: ['2026-11-01', '2026-11-03'],
  };

  it('keeps everything from both, the first completion and the latest rating', () => {
    expect(mergeProgress(a, b)).toEqual({
      completedLessons: { x: '2026-11-01T10:00:00.000Z', y: '2026-11-03T10:00:00.000Z' },
      attempts: [attempt('a', true, '2026-11-02T10:00:00.000Z'), attempt('b', false, '2026-11-03T10:00:00.000Z')],
      selfRatings: { r: { value: 4, at: '2026-11-03T10:00:00.000Z' } },
      activityDays: ['2026-11-01', '2026-11-02', '2026-11-03'],
    });
  });

  it('gives the same answer whichever way round', () => {
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
  });
});

const isoMoment = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
// Ids as content has them. An import refuses the key names that could reach an object's
// prototype ("constructor", "prototype"), which no content id is: leave them out here.
const id = fc
  .stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .filter((value) => value.length <= 40 && value !== 'constructor' && value !== 'prototype');
const progressArbitrary: fc.Arbitrary<ProgressState> = fc.record({
  completedLessons: fc.dictionary(id, isoMoment),
  attempts: fc.array(
    fc.record({
      itemId: id,
      choice: fc.string({ maxLength: 40 }).filter((value) => !/[<>]/.test(value)),
      correct: fc.option(fc.boolean(), { nil: null }),
      at: isoMoment,
    }),
    { maxLength: 20 },
  ),
  selfRatings: fc.dictionary(id, fc.record({ value: fc.integer({ min: 1, max: 5 }), at: isoMoment })),
  activityDays: fc.uniqueArray(isoMoment.map((at) => at.slice(0, 10))).map((days) => days.sort()),
});

describe('export and import', () => {
  it('gives back exactly the progress that was exported', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        const result = parseProgressFile(exportProgress(progress, new Date('2026-11-25T12:00:00Z')));
        expect(result).toEqual({ ok: true, progress, exportedAt: '2026-11-25T12:00:00.000Z' });
      }),
    );
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProgressFile(JSON.stringify(value));
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('never throws on text that is not JSON', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseProgressFile(text)).not.toThrow();
      }),
    );
  });

  it('pollutes no built-in prototype', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), id, (key, value) => {
        const text = `{"format":"groundwork-progress","version":3,"exportedAt":"2026-11-25T12:00:00Z","progress":{"${key}":{"polluted":"${value}"},"completedLessons":{"${key}":{"polluted":1}}}}`;
        const result = parseProgressFile(text);
        expect(result.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  const valid = JSON.parse(exportProgress(initialProgress, new Date('2026-11-25T12:00:00Z')));
  const messageFor = (text: string, size?: number) => {
    const result = parseProgressFile(text, size);
    return result.ok ? 'ok' : result.message;
  };

  it.each([
    ['a file over 1 MB', '{}', 2 * 1024 * 1024, /larger than 1 MB/],
    ['text that is not JSON', 'hello', undefined, /not JSON/],
    ['JSON of another shape', '{"name":"something else"}', undefined, /not a Groundwork progress file/],
    ['a file from a newer version', JSON.stringify({ ...valid, version: 9 }), undefined, /newer version/],
    ['a __proto__ key', JSON.stringify(valid).replace('"completedLessons":{}', '"completedLessons":{"__proto__":{"x":1}}'), undefined, /"__proto__" key/],
    ['a constructor key', JSON.stringify(valid).replace('"completedLessons":{}', '"completedLessons":{"constructor":"x"}'), undefined, /"constructor" key/],
    ['10,000-deep nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, undefined, /nested far more deeply/],
    ['1e999', JSON.stringify(valid).replace('"version":3', '"version":1e999'), undefined, /number too large/],
    ['HTML in a string', JSON.stringify({ ...valid, progress: { ...valid.progress, attempts: [{ itemId: 'a', choice: '<img src=x onerror=alert(1)>', correct: true, at: '2026-11-25T12:00:00Z' }] } }), undefined, /HTML/],
    ['progress of the wrong shape', JSON.stringify({ ...valid, progress: { completedLessons: 'all of them' } }), undefined, /not in a shape/],
  ])('refuses %s with a clear message', (_, text, size, message) => {
    expect(messageFor(text, size)).toMatch(message);
  });

  it('previews what an import will change', () => {
    const incoming: ProgressState = { ...initialProgress, completedLessons: { a: '2026-11-01T00:00:00Z', b: '2026-11-01T00:00:00Z' } };
    expect(previewImport(initialProgress, incoming)).toEqual({
      lessons: { before: 0, after: 2 },
      answers: { before: 0, after: 0 },
      ratings: { before: 0, after: 0 },
    });
  });
});

describe('what one copy of progress holds beyond another', () => {
  it('is exactly what merging it in would add', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const mergingAdds = JSON.stringify(canonical(mergeProgress(a, b))) !== JSON.stringify(canonical(mergeProgress(b, b)));
        expect(hasProgressBeyond(a, b)).toBe(mergingAdds);
        expect(hasProgressBeyond(a, mergeProgress(a, b))).toBe(false);
      }),
    );
  });

  it('counts an earlier time for a lesson and a newer self-rating, not a later or an older one', () => {
    const saved: ProgressState = {
      ...initialProgress,
      completedLessons: { x: '2026-11-02T10:00:00.000Z' },
      selfRatings: { r: { value: 2, at: '2026-11-02T10:00:00.000Z' } },
    };
    const withLesson = (at: string) => ({ ...saved, completedLessons: { x: at } });
    const withRating = (at: string) => ({ ...saved, selfRatings: { r: { value: 4, at } } });
    expect(hasProgressBeyond(saved, saved)).toBe(false);
    expect(hasProgressBeyond(withLesson('2026-11-01T10:00:00.000Z'), saved)).toBe(true);
    expect(hasProgressBeyond(withLesson('2026-11-03T10:00:00.000Z'), saved)).toBe(false);
    expect(hasProgressBeyond(withRating('2026-11-03T10:00:00.000Z'), saved)).toBe(true);
    expect(hasProgressBeyond(withRating('2026-11-01T10:00:00.000Z'), saved)).toBe(false);
  });
});

describe('a tab reading progress another tab saved', () => {
  const mine: ProgressState = { ...initialProgress, completedLessons: { x: '2026-11-02T10:00:00.000Z' }, activityDays: ['2026-11-02'] };
  const saved: ProgressState = { ...initialProgress, completedLessons: { y: '2026-11-02T10:00:05.000Z' }, activityDays: ['2026-11-02'] };
  const reset = '2026-11-02T11:00:00.000Z';

  it('keeps its own work when the other tab saved without having seen it, and saves it again', () => {
    const { progress, saveAgain } = progressAfterAnotherTabSaved(mine, saved, { replacedAt: undefined, replacementSeen: undefined });
    expect(Object.keys(progress.completedLessons).sort()).toEqual(['x', 'y']);
    expect(saveAgain).toBe(true);
    expect(progressAfterAnotherTabSaved(mine, saved, { replacedAt: reset, replacementSeen: reset }).progress.completedLessons).toHaveProperty('x');
  });

  it('saves nothing again when the saved copy already holds all it has', () => {
    const { progress, saveAgain } = progressAfterAnotherTabSaved(mine, mergeProgress(saved, mine), { replacedAt: undefined, replacementSeen: undefined });
    expect(Object.keys(progress.completedLessons).sort()).toEqual(['x', 'y']);
    expect(saveAgain).toBe(false);
  });

  it('takes an import, reset or restore made since as it is, and saves nothing again', () => {
    for (const replacementSeen of [undefined, '2026-11-02T09:00:00.000Z']) {
      const { progress, saveAgain } = progressAfterAnotherTabSaved(mine, saved, { replacedAt: reset, replacementSeen });
      expect(progress).toBe(saved);
      expect(saveAgain).toBe(false);
    }
  });

  it('merges a save stamped with a replacement older than its own, from a tab that had not yet seen it', () => {
    const { progress } = progressAfterAnotherTabSaved(mine, saved, { replacedAt: '2026-11-02T09:00:00.000Z', replacementSeen: reset });
    expect(Object.keys(progress.completedLessons).sort()).toEqual(['x', 'y']);
  });
});

/** Progress with its keys in one order, so two copies holding the same things compare equal as text. */
function canonical(progress: ProgressState) {
  const sortedEntries = <T,>(record: Record<string, T>) => Object.entries(record).sort(([x], [y]) => x.localeCompare(y));
  return { ...progress, completedLessons: sortedEntries(progress.completedLessons), selfRatings: sortedEntries(progress.selfRatings) };
}
