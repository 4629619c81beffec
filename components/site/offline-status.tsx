'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

type OfflineState = 'checking' | 'saved' | 'not-yet' | 'unsupported';

const said: Record<OfflineState, string> = {
  checking: 'Checking whether Groundwork is saved on this device…',
  saved: 'Groundwork is saved on this device: every lesson, quiz and workshop page opens with no signal.',
  'not-yet': 'Groundwork is not saved on this device yet. It saves itself while a page of it is open with a signal, and says so when it is done.',
  unsupported: 'This browser cannot save Groundwork for use with no signal (a private window may not), so it works only while there is a signal.',
};

const subscribeToNothing = () => () => {};

/**
 * Whether this device holds the copy of Groundwork that opens with no signal, for a trainer
 * checking a laptop before a session in a hall with no Wi-Fi, or a learner before a journey.
 * The notice that says the site is saved shows once; this can be looked up at any time.
 */
export function OfflineStatus() {
  const canSave = useSyncExternalStore(
    subscribeToNothing,
    () => 'serviceWorker' in navigator,
    () => true,
  );
  const [saved, setSaved] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let current = true;
    // A worker that has become active finished saving every file: the copy is on the device,
    // whether or not it controls this page (a hard reload bypasses it).
    navigator.serviceWorker
      .getRegistration()
      .then((registration) => {
        if (current) setSaved((known) => known || Boolean(registration?.active));
      })
      .catch(() => {
        if (current) setSaved(false);
      });
    // On a first visit, the moment it is saved.
    void navigator.serviceWorker.ready.then(() => {
      if (current) setSaved(true);
    });
    return () => {
      current = false;
    };
  }, []);

  const state: OfflineState = !canSave ? 'unsupported' : saved === undefined ? 'checking' : saved ? 'saved' : 'not-yet';
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
