'use client';

import { useLinkStatus } from 'next/link';

/**
 * A thin bar across the top of the screen while the page a link leads to is on its way.
 * Once the site is saved on the device a page arrives at once and the bar never shows;
 * before that, on a slow signal, a tap can take seconds, and a tap that seems to do
 * nothing gets tapped again.
 */
export function NavigationPending() {
  const { pending } = useLinkStatus();
  return pending ? <span className="navigation-pending" aria-hidden="true" /> : null;
}
