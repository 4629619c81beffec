import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link without prefetching as links scroll into view. On a phone with a patchy
 * signal those background fetches compete with the page being read, and the service
 * worker already holds every page after the first visit. Hovering still prefetches.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
