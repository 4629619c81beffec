'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** The site's origin in the browser ('' while rendering the static HTML). */
export function useOrigin(): string {
  return useSyncExternalStore(subscribe, () => window.location.origin, () => '');
}
