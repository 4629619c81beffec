import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { NavigationPending } from './navigation-pending';

/**
 * next/link without prefetching as links scroll into view. On a phone with a patchy
 * signal those background fetches compete with the page being read, and the service
 * worker already holds every page after the first visit. Hovering still prefetches.
 * A link whose page is slow to arrive shows a bar across the top of the screen.
 */
export function Link({ prefetch = false, children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink prefetch={prefetch} {...props}>
      {children}
      <NavigationPending />
    </NextLink>
  );
}
