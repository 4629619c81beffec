import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { mergeProgress, progressAfterAnotherTabSaved } from './merge';
import {
  NewerProgressError,
  PROGRESS_STORAGE_KEY,
  PROGRESS_VERSION,
  completeLesson,
  initialProgress,
  migrateProgress,
  rateSelf,
  recordAttempt,
  type Attempt,
  type ProgressState,
} from './progress-state';
import { createSafeStorage, type StorageProblem } from './safe-storage';

/** The copy of progress kept when an import or a reset replaces it, so it can be restored. */
export const BACKUP_STORAGE_KEY = `${PROGRESS_STORAGE_KEY}.backup`;
export type ProgressBackup = { savedAt: string; reason: 'import' | 'reset' | 'restore'; state: ProgressState };

export type ProgressActions = {
  completeLesson: (lessonId: string) => void;
  recordAttempt: (attempt: Omit<Attempt, 'at'>) => void;
  rateSelf: (itemId: string, value: number) => void;
  /** Replaces all progress (an import or a reset), keeping what it replaces as the backup. */
  replaceProgress: (next: ProgressState, reason: 'import' | 'reset') => void;
  /** Swaps the backup back in; what it replaces becomes the backup, so this can be undone too. */
  restoreBackup: () => void;
  dismissStorageProblem: () => void;
};

export type ProgressStore = ProgressState &
  ProgressActions & {
    /** Not saved: what the learner should be told about their saved progress. */
    storageProblem: StorageProblem | null;
    /** Not saved: the backup an import or reset left, if any. */
    backup: ProgressBackup | null;
  };

/** Problems the learner has dismissed on this page: not shown again until a reload. */
const dismissedProblems = new Set<StorageProblem>();

const reportProblem = (problem: StorageProblem) => {
  // Storage is first read while the store is being created, before it can take a set.
  queueMicrotask(() => {
    // Setting state writes to storage too; when writing is what fails, reporting the
    // same problem again would loop for ever.
    if (dismissedProblems.has(problem) || useProgressStore.getState().storageProblem === problem) return;
    useProgressStore.setState({ storageProblem: problem });
  });
};

const storage = createSafeStorage<ProgressState>({
  version: PROGRESS_VERSION,
  revive: migrateProgress,
  isNewer: (error) => error instanceof NewerProgressError,
  merge: mergeProgress,
  onProblem: reportProblem,
});

const progressOf = ({ completedLessons, attempts, selfRatings, activityDays }: ProgressState): ProgressState => ({
  completedLessons,
  attempts,
  selfRatings,
  activityDays,
});

function readBackup(): ProgressBackup | null {
  const raw = storage.readRaw(BACKUP_STORAGE_KEY);
  if (!raw) return null;
  try {
    const backup = JSON.parse(raw) as ProgressBackup;
    return { ...backup, state: migrateProgress(backup.state, PROGRESS_VERSION) };
  } catch {
    return null;
  }
}

const hydrated = () => useProgressStore.persist.hasHydrated();

/** The stamp of the last import, reset or restore this tab has read or made. */
let replacementSeen: string | undefined;

export const useProgressStore = create<ProgressStore>()(
  persist<ProgressStore, [], [], ProgressState>(
    (set, get) => ({
      ...initialProgress,
      storageProblem: null,
      backup: null,
      // Never write before saved progress has been read, or it would be overwritten.
      completeLesson: (lessonId) => {
        if (!hydrated()) return;
        const next = completeLesson(get(), lessonId, new Date());
        if (next !== get()) set(next);
      },
      recordAttempt: (attempt) => {
        if (hydrated()) set(recordAttempt(get(), attempt, new Date()));
      },
      rateSelf: (itemId, value) => {
        if (hydrated()) set(rateSelf(get(), itemId, value, new Date()));
      },
      replaceProgress: (next, reason) => {
        if (!hydrated()) return;
        const backup: ProgressBackup = { savedAt: new Date().toISOString(), reason, state: progressOf(get()) };
        storage.writeRaw(BACKUP_STORAGE_KEY, JSON.stringify(backup));
        // Written as it is, not merged: a replacement must not bring the old progress back.
        replacementSeen = storage.replace(PROGRESS_STORAGE_KEY, next);
        set({ ...next, backup });
      },
      restoreBackup: () => {
        const backup = get().backup;
        if (!hydrated() || !backup) return;
        const swapped: ProgressBackup = { savedAt: new Date().toISOString(), reason: 'restore', state: progressOf(get()) };
        storage.writeRaw(BACKUP_STORAGE_KEY, JSON.stringify(swapped));
        replacementSeen = storage.replace(PROGRESS_STORAGE_KEY, backup.state);
        set({ ...backup.state, backup: swapped });
      },
      dismissStorageProblem: () => {
        const problem = get().storageProblem;
        if (problem) dismissedProblems.add(problem);
        set({ storageProblem: null });
      },
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage,
      partialize: progressOf,
      // Called when the page first reads saved progress, and again each time another tab saves.
      merge: (persisted, current) => {
        const saved = persisted as ProgressState | undefined;
        if (!saved) return { ...current, backup: readBackup() };
        const replacedAt = storage.replacedAtLastRead(PROGRESS_STORAGE_KEY);
        const { progress, saveAgain } = progressAfterAnotherTabSaved(progressOf(current), saved, { replacedAt, replacementSeen });
        replacementSeen = replacedAt;
        if (saveAgain) storage.setItem(PROGRESS_STORAGE_KEY, { state: progress, version: PROGRESS_VERSION });
        return { ...current, ...progress, backup: readBackup() };
      },
    },
  ),
);

// Another tab saved: read it again, so both tabs show the same progress.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_STORAGE_KEY || event.key === BACKUP_STORAGE_KEY) void useProgressStore.persist.rehydrate();
  });
}
