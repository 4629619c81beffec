// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-state';

/** A fresh copy of the store module, created over whatever localStorage holds now. */
async function loadStore() {
  vi.resetModules();
  const { useProgressStore } = await import('@/lib/progress/store');
  await Promise.resolve(); // storage problems are reported in a microtask
  return useProgressStore;
}

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? 'null');
const keptAside = () => Object.keys(localStorage).filter((key) => key.startsWith(`${PROGRESS_STORAGE_KEY}.unreadable.`));

beforeEach(() => localStorage.clear());

describe('the progress store', () => {
  it('starts empty and saves a completed lesson with its version', async () => {
    const store = await loadStore();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().completedLessons).toEqual({});
    store.getState().completeLesson('organiser-listen');
    expect(saved()).toMatchObject({ version: 3, state: { completedLessons: { 'organiser-listen': expect.any(String) }, attempts: [], activityDays: [expect.any(String)] } });
  });

  it('reads progress saved earlier before anything is written', async () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { completedLessons: { 'benn-stories': '2026-11-01T10:00:00.000Z' } } }),
    );
    const store = await loadStore();
    store.getState().completeLesson('organiser-listen');
    expect(Object.keys(saved().state.completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
  });

  it('migrates a hand-written version 0 payload and keeps its lessons', async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 0, state: { lessonsDone: ['organiser-trust-people'] } }));
    const store = await loadStore();
    expect(Object.keys(store.getState().completedLessons)).toEqual(['organiser-trust-people']);
    expect(store.getState().storageProblem).toBeNull();
  });

  it('migrates a version 1 payload and records answers after it', async () => {
    localStorage.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { completedLessons: { 'benn-stories': '2026-11-01T10:00:00.000Z' } } }),
    );
    const store = await loadStore();
    store.getState().recordAttempt({ itemId: 'benn-stories-choice-1', choice: '0', correct: true });
    expect(saved()).toMatchObject({
      version: 3,
      state: { completedLessons: { 'benn-stories': '2026-11-01T10:00:00.000Z' }, attempts: [{ itemId: 'benn-stories-choice-1', correct: true }] },
    });
  });

  it('keeps corrupt saved progress aside, untouched, and says so', async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{"version":1,"state":{"completedLessons":');
    const store = await loadStore();
    expect(store.getState().storageProblem).toBe('unreadable');
    expect(keptAside().map((key) => localStorage.getItem(key))).toEqual(['{"version":1,"state":{"completedLessons":']);
    store.getState().completeLesson('organiser-listen');
    expect(keptAside()).toHaveLength(1);
  });

  it('keeps a payload of the wrong shape aside too', async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ version: 1, state: { completedLessons: ['a'] } }));
    const store = await loadStore();
    expect(store.getState().storageProblem).toBe('unreadable');
    expect(keptAside()).toHaveLength(1);
  });

  it('keeps working in memory and says so when storage cannot be written', async () => {
    const store = await loadStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().completeLesson('organiser-listen');
    await Promise.resolve();
    expect(store.getState().completedLessons).toHaveProperty('organiser-listen');
    expect(store.getState().storageProblem).toBe('not-saving');
    setItem.mockRestore();
  });

  it('leaves progress saved by a newer version untouched, and writes nothing over it', async () => {
    const future = JSON.stringify({ version: 99, state: { somethingNew: true } });
    localStorage.setItem(PROGRESS_STORAGE_KEY, future);
    const store = await loadStore();
    expect(store.getState().storageProblem).toBe('newer-version');
    store.getState().completeLesson('organiser-listen');
    expect(store.getState().completedLessons).toHaveProperty('organiser-listen');
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBe(future);
    expect(keptAside()).toEqual([]);
  });

  it('merges what another tab saved in the meantime instead of overwriting it', async () => {
    const store = await loadStore();
    store.getState().completeLesson('organiser-listen');
    // Another tab, which had read the same progress, saves an answer of its own.
    const other = saved();
    other.state.attempts.push({ itemId: 'benn-stories-choice-1', choice: '0', correct: true, at: '2026-11-24T09:00:00.000Z' });
    other.state.completedLessons['benn-stories'] = '2026-11-24T09:00:00.000Z';
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(other));
    // This tab, not yet told, records an answer.
    store.getState().recordAttempt({ itemId: 'org-listen-choice-1', choice: '1', correct: false });
    const state = saved().state;
    expect(Object.keys(state.completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
    expect(state.attempts.map((attempt: { itemId: string }) => attempt.itemId).sort()).toEqual(['benn-stories-choice-1', 'org-listen-choice-1']);
  });

  it('replaces progress on import or reset, keeps a backup, and restores it', async () => {
    const store = await loadStore();
    store.getState().completeLesson('organiser-listen');
    store.getState().replaceProgress({ completedLessons: {}, attempts: [], selfRatings: {}, activityDays: [] }, 'reset');
    expect(saved().state.completedLessons).toEqual({});
    expect(store.getState().backup?.reason).toBe('reset');
    store.getState().restoreBackup();
    expect(Object.keys(saved().state.completedLessons)).toEqual(['organiser-listen']);
    expect(Object.keys(store.getState().completedLessons)).toEqual(['organiser-listen']);
    // The restore can itself be undone: what it replaced is now the backup.
    expect(store.getState().backup?.state.completedLessons).toEqual({});
  });

  it('finds the backup again after a reload', async () => {
    let store = await loadStore();
    store.getState().completeLesson('organiser-listen');
    store.getState().replaceProgress({ completedLessons: {}, attempts: [], selfRatings: {}, activityDays: [] }, 'reset');
    store = await loadStore();
    expect(store.getState().backup?.state.completedLessons).toHaveProperty('organiser-listen');
  });
});
