import { describe, expect, it } from 'vitest';
import {
  applySessionAction,
  formatCountdown,
  isRevealed,
  isUnderway,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  startSession,
  startTimer,
  talliesFor,
  type SessionAction,
  type SessionCommand,
  type SessionShape,
  type SessionState,
} from '@/lib/workshop/session';
import { keptSessionKey, readKeptSession } from '@/lib/workshop/kept-session';
import { isNewer, readSyncMessage } from '@/lib/workshop/sync';
import { changeTally, spreadOf } from '@/lib/workshop/tally';

describe('the trainer’s countdown', () => {
  it('counts down only while running, and pauses and resumes where it stopped', () => {
    let timer = newTimer(4);
    expect(remainingMs(timer, 10_000)).toBe(240_000);
    timer = startTimer(timer, 10_000);
    expect(remainingMs(timer, 70_000)).toBe(180_000);
    timer = pauseTimer(timer, 70_000);
    expect(remainingMs(timer, 999_000)).toBe(180_000);
    timer = startTimer(timer, 1_000_000);
    expect(remainingMs(timer, 1_030_000)).toBe(150_000);
    expect(remainingMs(timer, 9_000_000)).toBe(0);
    expect(remainingMs(resetTimer(timer), 9_000_000)).toBe(240_000);
  });

  it('does not start again once time is up', () => {
    const done = pauseTimer(startTimer(newTimer(1), 0), 120_000);
    expect(startTimer(done, 130_000)).toBe(done);
  });

  it('shows minutes and seconds, reaching 0:00 only when time is up', () => {
    expect(formatCountdown(240_000)).toBe('4:00');
    expect(formatCountdown(239_001)).toBe('4:00');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('counting the room', () => {
  it('adds and takes away one at a time, never below zero', () => {
    let counts = changeTally([], 1, 1, 4);
    counts = changeTally(counts, 1, 1, 4);
    counts = changeTally(counts, 0, -1, 4);
    expect(counts).toEqual([0, 2, 0, 0]);
    expect(changeTally(counts, 7, 1, 4)).toEqual(counts);
  });

  it('gives whole percentages that add up to 100', () => {
    expect(spreadOf([1, 1, 1])).toEqual({ total: 3, rows: [{ count: 1, percent: 34 }, { count: 1, percent: 33 }, { count: 1, percent: 33 }] });
    expect(spreadOf([7, 0, 3, 0]).rows.map((row) => row.percent)).toEqual([70, 0, 30, 0]);
    expect(spreadOf([0, 0]).rows.map((row) => row.percent)).toEqual([0, 0]);
    for (const counts of [[1, 2], [5, 5, 1], [13, 7, 3, 1], [999, 1, 1, 1]]) {
      expect(spreadOf(counts).rows.reduce((sum, row) => sum + row.percent, 0)).toBe(100);
    }
  });
});

describe('a session being presented', () => {
  // Welcome (3 min), a question with four options (4 min), a discussion (8 min).
  const shape: SessionShape = { minutes: [3, 4, 8], options: [0, 4, 0] };
  const run = (actions: SessionCommand[], from: SessionState = startSession(shape)) =>
    actions.reduce((state, action, index) => applySessionAction(state, { ...action, at: 1000 * (index + 1) } as SessionAction, shape), from);

  it('steps forward and back within the plan, resetting the countdown to each step’s minutes', () => {
    const state = run([{ type: 'next' }, { type: 'toggle-timer' }, { type: 'next' }, { type: 'next' }]);
    expect(state.step).toBe(2);
    expect(state.timer).toEqual(newTimer(8));
    expect(run([{ type: 'previous' }]).step).toBe(0);
    expect(run([{ type: 'last' }, { type: 'first' }]).step).toBe(0);
    expect(run([{ type: 'go', step: 9 }]).step).toBe(2);
  });

  it('blanks the screen and brings it back on B or on moving on', () => {
    expect(run([{ type: 'toggle-blank' }]).blank).toBe(true);
    expect(run([{ type: 'toggle-blank' }, { type: 'toggle-blank' }]).blank).toBe(false);
    expect(run([{ type: 'toggle-blank' }, { type: 'next' }]).blank).toBe(false);
  });

  it('reveals and tallies only on a question, and remembers both when the trainer comes back to it', () => {
    expect(run([{ type: 'toggle-reveal' }, { type: 'tally', option: 0, change: 1 }]).updatedAt).toBe(0);
    const state = run([
      { type: 'next' },
      { type: 'tally', option: 2, change: 1 },
      { type: 'tally', option: 2, change: 1 },
      { type: 'tally', option: 0, change: 1 },
      { type: 'toggle-reveal' },
      { type: 'next' },
      { type: 'previous' },
    ]);
    expect(isRevealed(state)).toBe(true);
    expect(talliesFor(state, 4)).toEqual([1, 0, 2, 0]);
  });

  it('starts and pauses the countdown with the time each action happened', () => {
    const state = run([{ type: 'toggle-timer' }, { type: 'toggle-timer' }]);
    expect(state.timer).toEqual({ durationMs: 180_000, elapsedMs: 1000, startedAt: null });
    expect(run([{ type: 'toggle-timer' }, { type: 'reset-timer' }]).timer).toEqual(newTimer(3));
  });

  it('is underway once anything has happened in it, and not before', () => {
    expect(isUnderway(startSession(shape))).toBe(false);
    expect(isUnderway(run([{ type: 'next' }]))).toBe(true);
    expect(isUnderway(run([{ type: 'toggle-blank' }]))).toBe(true);
    expect(isUnderway(run([{ type: 'toggle-timer' }]))).toBe(true);
    expect(isUnderway(run([{ type: 'toggle-timer' }, { type: 'toggle-timer' }]))).toBe(true);
    expect(isUnderway(run([{ type: 'next' }, { type: 'tally', option: 1, change: 1 }, { type: 'first' }]))).toBe(true);
    // A hand counted and taken away again leaves nothing to pick up.
    expect(isUnderway(run([{ type: 'next' }, { type: 'tally', option: 1, change: 1 }, { type: 'tally', option: 1, change: -1 }, { type: 'first' }]))).toBe(false);
  });

  it('starts afresh: first step, no tallies, nothing revealed, the countdown not started', () => {
    const underway = run([{ type: 'next' }, { type: 'tally', option: 0, change: 1 }, { type: 'toggle-reveal' }, { type: 'toggle-timer' }, { type: 'toggle-blank' }]);
    const afresh = applySessionAction(underway, { type: 'restart', at: 500 }, shape);
    expect(afresh).toEqual({ ...startSession(shape), updatedAt: underway.updatedAt + 1 });
    // Stamped as a change, so a window still showing the old session takes it.
    expect(isNewer(afresh, underway)).toBe(true);
    expect(applySessionAction(startSession(shape), { type: 'restart', at: 500 }, shape).updatedAt).toBe(0);
  });

  it('stamps every change so the later of two windows wins', () => {
    const first = run([{ type: 'next' }]);
    const second = run([{ type: 'toggle-blank' }], first);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(isNewer(second, first)).toBe(true);
    expect(isNewer(first, second)).toBe(false);
  });
});

describe('messages between windows', () => {
  it('accepts our own messages and ignores anything else on the channel', () => {
    const state = startSession({ minutes: [3], options: [0] });
    expect(readSyncMessage({ type: 'hello', plan: 'abc' })).toEqual({ type: 'hello', plan: 'abc' });
    expect(readSyncMessage({ type: 'state', plan: 'abc', state })?.type).toBe('state');
    expect(readSyncMessage({ type: 'state', plan: 'abc', state: { ...state, step: -1 } })).toBeUndefined();
    expect(readSyncMessage('hello')).toBeUndefined();
    expect(readSyncMessage({ type: 'shout' })).toBeUndefined();
  });
});

describe('a presentation kept by the tab', () => {
  const shape: SessionShape = { minutes: [3, 4, 8], options: [0, 4, 0] };
  const underway: SessionState = { ...startSession(shape), step: 1, revealed: [1], tallies: { 1: [2, 0, 1, 0] }, updatedAt: 1234 };

  it('is read back as it was kept, under its plan', () => {
    expect(readKeptSession(JSON.stringify(underway), shape)).toEqual(underway);
    expect(keptSessionKey('abc')).not.toBe(keptSessionKey('abd'));
  });

  it('is fitted to a plan with fewer steps', () => {
    const kept = readKeptSession(JSON.stringify({ ...underway, step: 7 }), shape);
    expect(kept?.step).toBe(2);
    expect(kept?.timer).toEqual(newTimer(8));
  });

  it('is let go when there is none, or it cannot be read', () => {
    expect(readKeptSession(null, shape)).toBeUndefined();
    expect(readKeptSession('{"step":', shape)).toBeUndefined();
    expect(readKeptSession(JSON.stringify({ ...underway, tallies: { 1: [-1] } }), shape)).toBeUndefined();
    expect(readKeptSession(JSON.stringify({ step: 1 }), shape)).toBeUndefined();
  });
});
