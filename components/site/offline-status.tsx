'use client';

import { useEffect, useState } from 'react';
import { serviceWorkers } from '@/lib/offline/service-workers';
import { useBrowserValue } from './use-browser-value';

type OfflineState = 'checking' | 'saved' | 'not-yet' | 'unsupported';

const said: Record<OfflineState, string> = {
  checking: 'Checking whether Groundwork is saved on this device…',
  saved: 'Saved on this device: every lesson, quiz and workshop page opens with no signal.',
  'not-yet': 'Not saved on this device yet: it saves itself while a page is open with a signal.',
  unsupported: 'Cannot be saved in this browser (a private window or blocked site data stops it), so it needs a signal.',
};

/**
 * Whether this device holds the copy of Groundwork that opens with no signal, for a trainer
 * checking a laptop before a session in a hall with no Wi-Fi, or a learner before a journey.
 * The notice that says the site is saved shows once; this can be looked up at any time.
 */
export function OfflineStatus() {
  const canSave = useBrowserValue(() => serviceWorkers() !== undefined, true);
  const [found, setFound] = useState<'saved' | 'not-yet' | 'unsupported' | undefined>(undefined);

  useEffect(() => {
    const container = serviceWorkers();
    if (!container) return;
    let current = true;
    // A worker that has become active finished saving every file: the copy is on the device,
    // whether or not it controls this page (a hard reload bypasses it). A browser that
    // refuses the lookup refuses to save too.
    container
      .getRegistration()
      .then((registration) => {
        if (current) setFound((known) => (known === 'saved' || registration?.active ? 'saved' : 'not-yet'));
      })
      .catch(() => {
        if (current) setFound('unsupported');
      });
    // On a first visit, the moment it is saved.
    container.ready
      .then(() => {
        if (current) setFound('saved');
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const state: OfflineState = canSave ? (found ?? 'checking') : 'unsupported';
  // Every answer is laid out in the same place and only the current one is shown, so the
  // line is as tall as the longest from the start and nothing below it moves when it changes.
  // Not a live region: the notice at the foot of the screen already says when the site is saved.
  return (
    <p className="offline-status" data-state={state}>
      {(Object.keys(said) as OfflineState[]).map((answer) => (
        <span key={answer} className={answer === state ? 'offline-status__now' : undefined}>
          {said[answer]}
        </span>
      ))}
    </p>
  );
}
