import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  PROGRESS_STORAGE_KEY,
  PROGRESS_VERSION,
  completeLesson,
  initialProgress,
  rateSelf,
  recordAttempt,
  type Attempt,
  migrateProgress,
  type ProgressState,
} from './progress-state';
import { createSafeStorage, type StorageProblem } from './safe-storage';

export type ProgressActions = {
  completeLesson: (lessonId: string) => void;
  recordAttempt: (attempt: Omit<Attempt, 'at'>) => void;
  rateSelf: (itemId: string, value: number) => void;
  dismissStorageProblem: () => void;
};

export type ProgressStore = ProgressState &
  ProgressActions & {
    /** Not saved: what the learner should be told about their saved progress. */
    storageProblem: StorageProblem | null;
  };

const reportProblem = (problem: StorageProblem) => {
  // Storage is first read while the store is being created, before it can take a set.
  queueMicrotask(() => useProgressStore.setState({ storageProblem: problem }));
};

export const useProgressStore = create<ProgressStore>()(
  persist(
    (set, get) => ({
      ...initialProgress,
      storageProblem: null,
      // Never write before saved progress has been read, or it would be overwritten.
      completeLesson: (lessonId) => {
        if (!useProgressStore.persist.hasHydrated()) return;
        const next = completeLesson(get(), lessonId, new Date());
        if (next !== get()) set(next);
      },
      recordAttempt: (attempt) => {
        if (useProgressStore.persist.hasHydrated()) set(recordAttempt(get(), attempt, new Date()));
      },
      rateSelf: (itemId, value) => {
        if (useProgressStore.persist.hasHydrated()) set(rateSelf(get(), itemId, value, new Date()));
      },
      dismissStorageProblem: () => set({ storageProblem: null }),
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage: createSafeStorage<ProgressState>({
        version: PROGRESS_VERSION,
        revive: migrateProgress,
        onProblem: reportProblem,
      }),
      partialize: ({ completedLessons, attempts, selfRatings }): ProgressState => ({ completedLessons, attempts, selfRatings }),
    },
  ),
);
