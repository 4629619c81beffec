'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { tabStorage } from '@/lib/tab-storage';
import { keptSessionKey, readKeptSession } from '@/lib/workshop/kept-session';
import { applySessionAction, fitSession, isUnderway, startSession, type SessionAction, type SessionCommand, type SessionShape, type SessionState } from '@/lib/workshop/session';
import { channelName, isNewer, readSyncMessage, type SyncMessage } from '@/lib/workshop/sync';

/** Whether another window presenting this plan has been heard from. */
export type LinkStatus = 'unsupported' | 'waiting' | 'linked';

type Held = { session: SessionState; changedHere: boolean };

/**
 * The session state, kept in step with any other window presenting the same plan (the
 * presenter and the notes). Changes made here are sent to the others; newer changes from
 * the others replace ours. Without BroadcastChannel each window simply runs on its own.
 * Each window also keeps the session in its tab's storage, and opens with what it kept.
 */
export function useSharedSession(code: string, shape: SessionShape) {
  // The workshop views render in the browser only, so storage can be read as the state starts.
  const [held, setHeld] = useState<Held>(() => ({ session: readKeptSession(tabStorage.read(keptSessionKey(code)), shape) ?? startSession(shape), changedHere: false }));
  const [status, setStatus] = useState<LinkStatus>(() => (typeof BroadcastChannel === 'undefined' ? 'unsupported' : 'waiting'));
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(held.session);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(channelName);
    channel.current = opened;
    const send = (message: SyncMessage) => opened.postMessage(message);
    opened.onmessage = (event: MessageEvent) => {
      const message = readSyncMessage(event.data);
      if (!message || message.plan !== code) return;
      setStatus('linked');
      if (message.type === 'hello') {
        send({ type: 'state', plan: code, state: latest.current });
        return;
      }
      setHeld((current) => (isNewer(message.state, current.session) ? { session: fitSession(message.state, shape), changedHere: false } : current));
    };
    send({ type: 'hello', plan: code });
    // A window that opened with a session it kept offers it too: the newer one wins.
    if (isUnderway(latest.current)) send({ type: 'state', plan: code, state: latest.current });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [code, shape]);

  useEffect(() => {
    latest.current = held.session;
    const key = keptSessionKey(code);
    if (isUnderway(held.session)) tabStorage.keep(key, held.session);
    else tabStorage.forget(key);
    if (held.changedHere) channel.current?.postMessage({ type: 'state', plan: code, state: held.session } satisfies SyncMessage);
  }, [held, code]);

  const dispatch = useCallback(
    (command: SessionCommand) =>
      setHeld((current) => {
        const session = applySessionAction(current.session, { ...command, at: Date.now() } as SessionAction, shape);
        return session === current.session ? current : { session, changedHere: true };
      }),
    [shape],
  );

  return { session: held.session, dispatch, status };
}
