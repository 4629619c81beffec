'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { saveFailureIn, type SaveFailure } from '@/lib/offline/save-failed';
import { serviceWorkers } from '@/lib/offline/service-workers';

/**
 * Runs `callback` when the browser is next idle, or after two seconds if it never is;
 * returns a function that cancels it. In a browser without idle callbacks it runs at once.
 */
function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 0);
  return () => clearTimeout(id);
}

/**
 * Runs `callback` once `worker` has finished activating, at once if it has; never if it is
 * replaced first. Returns a function that stops waiting.
 */
function whenActivated(worker: ServiceWorker, callback: () => void): () => void {
  if (worker.state === 'activated') {
    callback();
    return () => undefined;
  }
  const onStateChange = () => {
    if (worker.state !== 'activated') return;
    worker.removeEventListener('statechange', onStateChange);
    callback();
  };
  worker.addEventListener('statechange', onStateChange);
  return () => worker.removeEventListener('statechange', onStateChange);
}

/** Whether the notices are on the screen: a view that hides them (the presenter, a full-screen card) has none. */
const isShown = (notices: HTMLElement) => notices.getClientRects().length > 0;

/** A notice that only tells, beside its OK button: kept small, as it may arrive mid-lesson or mid-quiz. */
function BriefNotice({ title, detail, onOk }: { title: string; detail: string; onOk: () => void }) {
  return (
    <div className="app-notice app-notice--brief">
      <p>
        <strong>{title}</strong> {detail}
      </p>
      <button type="button" className="button button--quiet" onClick={onOk}>
        OK
      </button>
    </div>
  );
}

type Choice = { label: string; choose: () => void };

/** A notice that asks the learner to choose: act now, or not yet. */
function ChoiceNotice({ children, act, notYet }: { children: ReactNode; act: Choice; notYet: Choice }) {
  return (
    <div className="app-notice">
      <p>{children}</p>
      <div className="app-notice__actions">
        <button type="button" className="button" onClick={act.choose}>
          {act.label}
        </button>
        <button type="button" className="button button--quiet" onClick={notYet.choose}>
          {notYet.label}
        </button>
      </div>
    </div>
  );
}

/**
 * Registers the service worker that keeps Groundwork working offline, says when a first
 * visit has saved the whole site on the device (or could not, and why), and offers a new
 * version when one has arrived. The new version waits until the learner chooses to
 * reload, so nobody is reloaded in the middle of a quiz; progress is saved as it goes, so
 * it survives the reload. Before the site is saved, it also says why a link followed with
 * no signal stays put.
 */
export function AppUpdates({ id }: { id?: string }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [savedForOffline, setSavedForOffline] = useState(false);
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const [notSaved, setNotSaved] = useState<SaveFailure | null>(null);
  const [unsavedPageOffline, setUnsavedPageOffline] = useState(false);
  const reloadRequested = useRef(false);
  const registerAgain = useRef<() => void>(undefined);
  const noticesRef = useRef<HTMLDivElement>(null);
  const showingNotice = waiting !== null || savedForOffline || updatedElsewhere || notSaved !== null || unsavedPageOffline;

  // While a notice covers the foot of the screen, the page keeps that much room below its
  // end and at the bottom of whatever it scrolls into view, so a control the keyboard moves
  // to is never left underneath the notice (WCAG 2.2, focus not obscured).
  useEffect(() => {
    const notices = noticesRef.current;
    if (!showingNotice || !notices) return;
    const root = document.documentElement;
    const keepClear = () => {
      // A view that hides the notices keeps no room.
      const room = isShown(notices) ? Math.ceil(window.innerHeight - notices.getBoundingClientRect().top) : 0;
      root.style.setProperty('--app-notice-room', `${room}px`);
    };
    keepClear();
    const observer = new ResizeObserver(keepClear);
    observer.observe(notices);
    window.addEventListener('resize', keepClear);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', keepClear);
      root.style.removeProperty('--app-notice-room');
    };
  }, [showingNotice]);

  // Until the site is saved on the device, a page not opened yet needs the network. A link
  // followed with none (no bars at all, which is when the browser says it is offline) would
  // leave this page for the browser's own offline page; instead the learner stays here and
  // is told why. A connection that claims to be up but carries nothing cannot be told apart.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (navigator.onLine || serviceWorkers()?.controller) return;
      // A view that hides the notices could not say why.
      const notices = noticesRef.current;
      if (!notices || !isShown(notices)) return;
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      setUnsavedPageOffline(true);
    };
    const onOnline = () => setUnsavedPageOffline(false);
    // On the window, as it captures: before the link's own handler starts a navigation.
    window.addEventListener('click', onClick, true);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('online', onOnline);
    };
  }, []);

  useEffect(() => {
    const container = serviceWorkers();
    if (process.env.NODE_ENV !== 'production' || !container) return;
    let cancelled = false;
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller && !cancelled) setWaiting(worker);
    };
    const checkForUpdate = (registration: ServiceWorkerRegistration) => () => {
      if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
    };
    let onVisible: (() => void) | undefined;

    // Register once the page has loaded and the browser is next idle: precaching the whole
    // site (hundreds of files) then starts after this page's own files and its first render,
    // rather than competing with them on a slow phone. By then a view that loads just after
    // its page (the presenter, the speaker notes) has asked for its own files.
    const register = () =>
      container
        .register('/sw.js', { scope: '/' })
        .then((registration) => {
          if (cancelled) return;
          offer(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const installing = registration.installing;
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed') offer(installing);
            });
          });
          // Look for a new version when the learner comes back to the tab (one listener,
          // however many times the worker has been registered).
          if (onVisible) document.removeEventListener('visibilitychange', onVisible);
          onVisible = checkForUpdate(registration);
          document.addEventListener('visibilitychange', onVisible);
        })
        .catch(() => {
          // No service worker (a private window, an old browser): the site still works online.
        });
    registerAgain.current = () => void register();
    let cancelIdle: (() => void) | undefined;
    const registerWhenIdle = () => {
      cancelIdle = whenIdle(() => void register());
    };
    if (document.readyState === 'complete') registerWhenIdle();
    else window.addEventListener('load', registerWhenIdle, { once: true });

    // On a first visit no service worker controls the page. The first one takes control
    // (clientsClaim) only once it has installed, that is once every page and asset is
    // cached: from then on the site opens with no signal, which a new member on a patchy
    // connection needs to know before they close the tab.
    let controlled = Boolean(container.controller);
    let stopWaitingForActivation: (() => void) | undefined;
    // Only a change the learner asked for in this tab reloads it. A change asked for in
    // another tab (a new version taken up there) leaves this one as it is, mid-quiz or
    // not, and says so: this tab's code is the old version's now, and its prompt, if it
    // showed one, has nothing left to wait for.
    const onControllerChange = () => {
      if (reloadRequested.current) {
        reloadRequested.current = false;
        window.location.reload();
      } else if (cancelled) {
        return;
      } else if (!controlled) {
        controlled = true;
        // The worker takes control as it starts to activate, and answers the page's
        // requests once it has finished: only then does the notice say so.
        const worker = container.controller;
        if (worker) stopWaitingForActivation = whenActivated(worker, () => setSavedForOffline(true));
      } else {
        setWaiting(null);
        setUpdatedElsewhere(true);
      }
    };
    container.addEventListener('controllerchange', onControllerChange);

    // A first install that could not save every file fails, and its worker says why. A new
    // version that could not be saved says nothing: the one in use still works offline, and
    // the browser looks for the new one again later.
    const onMessage = (event: MessageEvent) => {
      const failure = saveFailureIn(event.data);
      if (failure && !container.controller && !cancelled) setNotSaved(failure);
    };
    container.addEventListener('message', onMessage);
    return () => {
      cancelled = true;
      stopWaitingForActivation?.();
      window.removeEventListener('load', registerWhenIdle);
      cancelIdle?.();
      if (onVisible) document.removeEventListener('visibilitychange', onVisible);
      container.removeEventListener('controllerchange', onControllerChange);
      container.removeEventListener('message', onMessage);
    };
  }, []);

  // One notice at a time, at the foot of the screen; a new version matters more. The live
  // region is on the page from the start, so a screen reader announces what appears in it.
  return (
    <div id={id} className="app-notices" role="status" ref={noticesRef}>
      {updatedElsewhere ? (
        <ChoiceNotice act={{ label: 'Reload this tab', choose: () => window.location.reload() }} notYet={{ label: 'Later', choose: () => setUpdatedElsewhere(false) }}>
          Groundwork has been updated in another tab.
        </ChoiceNotice>
      ) : waiting ? (
        <ChoiceNotice
          act={{
            label: 'Reload to update',
            choose: () => {
              reloadRequested.current = true;
              waiting.postMessage({ type: 'SKIP_WAITING' });
            },
          }}
          notYet={{ label: 'Later', choose: () => setWaiting(null) }}
        >
          A new version of Groundwork is ready.
        </ChoiceNotice>
      ) : unsavedPageOffline ? (
        <BriefNotice title="No signal." detail="That page is not saved on this device yet: it opens once the signal is back." onOk={() => setUnsavedPageOffline(false)} />
      ) : notSaved ? (
        <ChoiceNotice
          act={{
            label: 'Try again',
            choose: () => {
              setNotSaved(null);
              registerAgain.current?.();
            },
          }}
          notYet={{ label: 'Not now', choose: () => setNotSaved(null) }}
        >
          <strong>Groundwork could not be saved on this device.</strong>{' '}
          <span className="app-notice__detail">
            {notSaved === 'space'
              ? 'This device is short of space: free some, then try again.'
              : 'Part of it did not arrive. It still works while you have a signal.'}
          </span>
        </ChoiceNotice>
      ) : savedForOffline ? (
        <BriefNotice
          title="Groundwork is saved on this device."
          detail="Every lesson, quiz and workshop page now opens with no signal."
          onOk={() => setSavedForOffline(false)}
        />
      ) : null}
    </div>
  );
}
