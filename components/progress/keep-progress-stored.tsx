'use client';

import { useEffect } from 'react';
import { askToKeepStorage, hasProgressToKeep } from '@/lib/progress/keep-storage';
import { useProgressStore } from '@/lib/progress/store';
import { useProgressHydrated } from './use-progress';

/**
 * Once a page opens with progress saved, asks the browser to keep this site's storage when
 * the device runs low on space. Asked as a page opens, never in the middle of a lesson or
 * a quiz: Firefox puts the question to the learner. Renders nothing.
 */
export function KeepProgressStored() {
  const hydrated = useProgressHydrated();
  useEffect(() => {
    if (!hydrated) return;
    const state = useProgressStore.getState();
    if (state.storageProblem || !hasProgressToKeep(state)) return;
    void askToKeepStorage(navigator.storage);
  }, [hydrated]);
  return null;
}
