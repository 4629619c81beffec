'use client';

import { useSyncExternalStore } from 'react';
import { useProgressStore, type ProgressStore } from '@/lib/progress/store';

const subscribeToHydration = (onChange: () => void) => useProgressStore.persist.onFinishHydration(onChange);
const hasHydrated = () => useProgressStore.persist.hasHydrated();
const notOnServer = () => false;

/**
 * True once saved progress has been read. The static HTML (and the first client render)
 * always shows "no progress yet", so the server and client agree and React hydrates
 * without a mismatch; saved progress appears right after.
 */
export function useProgressHydrated(): boolean {
  return useSyncExternalStore(subscribeToHydration, hasHydrated, notOnServer);
}

/** Reads from the progress store, giving `fallback` until saved progress has been read. */
export function useProgress<T>(select: (state: ProgressStore) => T, fallback: T): T {
  const hydrated = useProgressHydrated();
  const value = useProgressStore(select);
  return hydrated ? value : fallback;
}
