import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** What went wrong with saved progress, for the notice the learner sees. */
export type StorageProblem = 'unreadable' | 'not-saving';

type SafeStorageOptions<S> = {
  /** The app's current version of the saved shape. */
  version: number;
  /** Turns a saved state of any version into the current shape, or throws if it cannot. */
  revive: (state: unknown, version: number) => S;
  onProblem: (problem: StorageProblem) => void;
};

/**
 * localStorage behind zustand's persist, made careful. Reading parses, migrates and
 * checks the saved progress in one place, so that anything unreadable is copied aside
 * under its own key before it could be overwritten, and the learner is told. A save that
 * fails (storage full or blocked) is reported rather than thrown.
 *
 * Migration happens here rather than in persist's `migrate` option because persist leaves
 * the store un-hydrated for good when `migrate` throws; see docs/decisions/0002.
 */
export function createSafeStorage<S>({ version, revive, onProblem }: SafeStorageOptions<S>): PersistStorage<S> | undefined {
  if (typeof window === 'undefined') return undefined;
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    onProblem('not-saving');
    return undefined;
  }
  return {
    getItem(name): StorageValue<S> | null {
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        onProblem('not-saving');
        return null;
      }
      if (raw === null) return null;
      try {
        const saved = JSON.parse(raw) as { state?: unknown; version?: unknown };
        const savedVersion = typeof saved.version === 'number' ? saved.version : 0;
        return { state: revive(saved.state, savedVersion), version };
      } catch {
        keepAside(storage, name, raw);
        onProblem('unreadable');
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch {
        onProblem('not-saving');
      }
    },
    removeItem(name) {
      try {
        storage.removeItem(name);
      } catch {
        onProblem('not-saving');
      }
    },
  };
}

/** Copies saved text to `<name>.unreadable.<time>` so it is never silently lost. */
export function keepAside(storage: Storage, name: string, raw: string): void {
  try {
    storage.setItem(`${name}.unreadable.${Date.now()}`, raw);
  } catch {
    // Storage is full or blocked: the original stays where it is, since nothing
    // that fails to write here can succeed in overwriting it either.
  }
}
