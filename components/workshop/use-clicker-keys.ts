'use client';

import { useEffectEvent, useLayoutEffect } from 'react';
import { commandForKey, type PresenterCommand } from '@/lib/workshop/keys';

export type CommandHandlers = Partial<Record<PresenterCommand, () => void>>;

/**
 * Listens for presenter keys anywhere on the page, except while typing in a field.
 *
 * The listener goes on in a layout effect, in the same task that puts the view on the
 * page: a passive effect would wait for the frame to be painted and then for its turn
 * (measured at 100–260 ms), and a clicker pressed as the screen comes up would be lost.
 */
export function useClickerKeys(handlers: CommandHandlers) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const command = commandForKey(event.key, target?.closest('button, a, summary') != null);
    const handler = command ? handlers[command] : undefined;
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
