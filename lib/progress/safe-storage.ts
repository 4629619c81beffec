import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** What went wrong with saved progress, for the notice the learner sees. */
export type StorageProblem = 'unreadable' | 'not-saving' | 'newer-version';

type SafeStorageOptions<S> = {
  /** The app's current version of the saved shape. */
  version: number;
  /** Turns a saved state of any version into the current shape, or throws if it cannot. */
  revive: (state: unknown, version: number) => S;
  /** Whether a revive error means "saved by a newer app": left untouched, never overwritten. */
  isNewer: (error: unknown) => boolean;
  /** Combines what is saved with what is about to be saved, so two tabs never lose each other's work. */
  merge: (saved: S, next: S) => S;
  onProblem: (problem: StorageProblem) => void;
};

export type SafeStorage<S> = Omit<PersistStorage<S>, 'getItem'> & {
  /** Reads at once: localStorage is synchronous, so saved progress is there for the first render. */
  getItem: (name: string) => StorageValue<S> | null;
  /**
   * Writes `state` as it is, replacing what is saved (import, reset, restore), stamped with
   * the time of the replacement; returns the stamp.
   */
  replace: (name: string, state: S) => string;
  /**
   * The replacement stamp of what `getItem` last read under `name`, if it had one: persist
   * merges what it has just read, so the stamp comes with it rather than from a second read.
   */
  replacedAtLastRead: (name: string) => string | undefined;
  /** The text saved under `name`, unparsed. */
  readRaw: (name: string) => string | null;
  writeRaw: (name: string, text: string) => void;
};

/**
 * localStorage behind zustand's persist, made careful:
 * - reading parses, migrates and checks saved progress in one place; anything unreadable is
 *   copied aside under its own key before it could be overwritten, and the learner is told;
 * - progress from a newer version of the app is left untouched, and nothing is written over it;
 * - every write merges with what another tab may have saved since, and keeps the stamp of the
 *   last replacement, so another tab can tell a replacement from an ordinary write;
 * - a write that fails (storage full or blocked) is reported rather than thrown.
 *
 * Migration happens here rather than in persist's `migrate` option because persist leaves
 * the store un-hydrated for good when `migrate` throws; see docs/decisions/0002.
 */
export function createSafeStorage<S>(options: SafeStorageOptions<S>): SafeStorage<S> {
  const { version, revive, isNewer, merge, onProblem } = options;
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem('groundwork-probe');
  } catch {
    // No window (prerendering) or storage blocked: keep progress in memory for this
    // visit, and in a browser, tell the learner it is not being saved.
    if (typeof window !== 'undefined') onProblem('not-saving');
    storage = memoryStorage();
  }
  /** Set when saved progress is from a newer app: from then on, nothing is written. */
  let readOnly = false;
  /** The unreadable text last copied aside, so it is copied once, not at every write. */
  let lastKeptAside: string | undefined;
  /** The replacement stamp of what getItem last read, by name. */
  const stampsLastRead = new Map<string, string | undefined>();

  const readRaw = (name: string): string | null => {
    try {
      return storage.getItem(name);
    } catch {
      onProblem('not-saving');
      return null;
    }
  };
  const writeRaw = (name: string, text: string) => {
    if (readOnly) return;
    try {
      storage.setItem(name, text);
    } catch {
      onProblem('not-saving');
    }
  };

  /** The saved state, revived, and its replacement stamp; undefined when there is none or it cannot be read. */
  const readSaved = (name: string, onUnreadable: (raw: string, error: unknown) => void): { state: S; replacedAt?: string } | undefined => {
    const raw = readRaw(name);
    if (raw === null) return undefined;
    try {
      const saved = JSON.parse(raw) as SavedRecord;
      const savedVersion = typeof saved.version === 'number' ? saved.version : 0;
      return { state: revive(saved.state, savedVersion), replacedAt: stampOf(saved) };
    } catch (error) {
      onUnreadable(raw, error);
      return undefined;
    }
  };

  const handleUnreadable = (name: string) => (raw: string, error: unknown) => {
    if (isNewer(error)) {
      readOnly = true;
      onProblem('newer-version');
      return;
    }
    if (raw === lastKeptAside) return;
    lastKeptAside = raw;
    keepAside(storage, name, raw);
    onProblem('unreadable');
  };

  return {
    getItem(name): StorageValue<S> | null {
      const saved = readSaved(name, handleUnreadable(name));
      stampsLastRead.set(name, saved?.replacedAt);
      return saved === undefined ? null : { state: saved.state, version };
    },
    setItem(name, value) {
      if (readOnly) return;
      const saved = readSaved(name, handleUnreadable(name));
      const state = saved === undefined ? value.state : merge(saved.state, value.state);
      writeRaw(name, JSON.stringify({ state, version, replacedAt: saved?.replacedAt } satisfies SavedRecord));
    },
    removeItem(name) {
      if (readOnly) return;
      try {
        storage.removeItem(name);
      } catch {
        onProblem('not-saving');
      }
    },
    replace(name, state) {
      const replacedAt = new Date().toISOString();
      writeRaw(name, JSON.stringify({ state, version, replacedAt } satisfies SavedRecord));
      return replacedAt;
    },
    replacedAtLastRead: (name) => stampsLastRead.get(name),
    readRaw,
    writeRaw,
  };
}

/** What is kept under a name: the state, the version of its shape, and the last replacement's stamp. */
type SavedRecord = { state?: unknown; version?: unknown; replacedAt?: unknown };

const stampOf = (saved: SavedRecord): string | undefined => (typeof saved.replacedAt === 'string' ? saved.replacedAt : undefined);

/** Copies saved text to `<name>.unreadable.<time>` so it is never silently lost. */
export function keepAside(storage: Storage, name: string, raw: string): void {
  try {
    storage.setItem(`${name}.unreadable.${Date.now()}`, raw);
  } catch {
    // Storage is full or blocked: the original stays where it is, since nothing
    // that fails to write here can succeed in overwriting it either.
  }
}

/** A Storage that lives only as long as the page. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}
