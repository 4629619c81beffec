'use client';

import { useSyncExternalStore } from 'react';

/** Nothing to subscribe to: the value changes only when its component renders anyway. */
const subscribeToNothing = () => () => {};

/**
 * A value only the browser can tell (the page's origin, whether it has service workers):
 * `onServer` in the static HTML and while hydrating, then `inBrowser()`, read as the
 * component renders.
 */
export function useBrowserValue<T>(inBrowser: () => T, onServer: T): T {
  return useSyncExternalStore(subscribeToNothing, inBrowser, () => onServer);
}
