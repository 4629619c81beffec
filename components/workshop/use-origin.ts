'use client';

import { useBrowserValue } from '@/components/site/use-browser-value';

/** The site's origin in the browser ('' while rendering the static HTML). */
export function useOrigin(): string {
  return useBrowserValue(() => window.location.origin, '');
}
