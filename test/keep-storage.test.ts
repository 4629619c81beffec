import { describe, expect, it, vi } from 'vitest';
import { askToKeepStorage, hasProgressToKeep } from '@/lib/progress/keep-storage';
import { completeLesson, initialProgress, rateSelf } from '@/lib/progress/progress-state';

describe('asking the browser to keep saved progress', () => {
  it('does not ask again when the storage is already kept', async () => {
    const persist = vi.fn(async () => true);
    expect(await askToKeepStorage({ persisted: async () => true, persist })).toBe('kept');
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks when it is not, and reports the answer', async () => {
    expect(await askToKeepStorage({ persisted: async () => false, persist: async () => true })).toBe('kept');
    expect(await askToKeepStorage({ persisted: async () => false, persist: async () => false })).toBe('may-be-cleared');
  });

  it('says it cannot tell in a browser without the API, or when asking fails', async () => {
    expect(await askToKeepStorage(undefined)).toBe('unknown');
    expect(await askToKeepStorage({ persisted: async () => false })).toBe('unknown');
    expect(await askToKeepStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('denied')) })).toBe('unknown');
  });
});

describe('progress worth keeping', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('is none on a first visit', () => expect(hasProgressToKeep(initialProgress)).toBe(false));
  it('is a lesson done, or a private self-rating', () => {
    expect(hasProgressToKeep(completeLesson(initialProgress, 'organiser-listen', now))).toBe(true);
    expect(hasProgressToKeep(rateSelf(initialProgress, 'organiser-listen-rating', 3, now))).toBe(true);
  });
});
