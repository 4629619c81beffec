// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_STORAGE_KEY } from '@/lib/progress/progress-state';

/** The storage listeners of the stores a test made: taken off after it, so no later test hears them. */
const storageListeners: EventListenerOrEventListenerObject[] = [];

/**
 * A fresh copy of the store module, created over whatever localStorage holds now. Two
 * copies in one test are two tabs: they share localStorage, and `anotherTabSaved` tells
 * them both, as the browser does.
 */
async function loadStore() {
  vi.resetModules();
  const addEventListener = vi.spyOn(window, 'addEventListener');
  const { useProgressStore } = await import('@/lib/progress/store');
  for (const [type, listener] of addEventListener.mock.calls) if (type === 'storage' && listener) storageListeners.push(listener);
  addEventListener.mockRestore();
  await Promise.resolve(); // storage problems are reported in a microtask
  return useProgressStore;
}

/** What the browser does when another tab writes to localStorage; resolves once the tabs have caught up. */
async function anotherTabSaved() {
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const saved = () => JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? 'null');
const keptAside = () => Object.keys(localStorage).filter((key) => key.startsWith(`${PROGRESS_STORAGE_KEY}.unreadable.`));

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const listener of storageListeners.splice(0)) window.removeEventListener('storage', listener);
});

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

  describe('with two tabs open', () => {
    const progress = (completedLessons: Record<string, string>) =>
      JSON.stringify({ version: 3, state: { completedLessons, attempts: [], selfRatings: {}, activityDays: [] } });

    it('a tab keeps a lesson another tab wrote over without having seen it, and saves it again', async () => {
      const tab = await loadStore();
      tab.getState().completeLesson('organiser-listen');
      // The other tab's copy of storage had not caught up with this tab's save when it saved.
      localStorage.setItem(PROGRESS_STORAGE_KEY, progress({ 'benn-stories': '2026-11-24T09:00:00.000Z' }));
      await anotherTabSaved();
      expect(Object.keys(tab.getState().completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
      expect(Object.keys(saved().state.completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
    });

    it('a tab shows what another tab saved, and saves nothing when it holds nothing more', async () => {
      const tab = await loadStore();
      tab.getState().completeLesson('organiser-listen');
      const other = saved();
      other.state.completedLessons['benn-stories'] = '2026-11-24T09:00:00.000Z';
      localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(other));
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      await anotherTabSaved();
      expect(Object.keys(tab.getState().completedLessons).sort()).toEqual(['benn-stories', 'organiser-listen']);
      expect(setItem).not.toHaveBeenCalled();
      setItem.mockRestore();
    });

    it('a reset in one tab empties the other, and the tabs go on sharing what is done after it', async () => {
      const first = await loadStore();
      first.getState().completeLesson('organiser-listen');
      const second = await loadStore();
      expect(second.getState().completedLessons).toHaveProperty('organiser-listen');
      second.getState().replaceProgress({ completedLessons: {}, attempts: [], selfRatings: {}, activityDays: [] }, 'reset');
      await anotherTabSaved();
      expect(first.getState().completedLessons).toEqual({});
      expect(saved().state.completedLessons).toEqual({});
      expect(first.getState().backup?.reason).toBe('reset');
      const resetStamp = saved().replacedAt;
      expect(resetStamp).toEqual(expect.any(String));

      first.getState().completeLesson('benn-stories');
      await anotherTabSaved();
      expect(Object.keys(second.getState().completedLessons)).toEqual(['benn-stories']);
      expect(Object.keys(saved().state.completedLessons)).toEqual(['benn-stories']);
      // An ordinary save keeps the reset's stamp, so a tab still catching up takes the reset too.
      expect(saved().replacedAt).toBe(resetStamp);
    });
  });
});
