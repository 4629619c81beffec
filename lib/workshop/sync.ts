import * as check from '@/lib/checks';
import type { SessionState } from './session';

/**
 * The presenter and the notes window keep in step over a BroadcastChannel. Each window
 * sends its whole session state after every change it makes; the newer state wins. A
 * window that opens says hello, and any window already presenting the same plan replies,
 * so the notes catch up, and a reloaded presenter gets back its tallies.
 */

export const channelName = 'groundwork-workshop';

export type SyncMessage = { type: 'hello'; plan: string } | { type: 'state'; plan: string; state: SessionState };

const count = check.integer(0, Number.MAX_SAFE_INTEGER);
/** A whole session state, as another window sends it or the tab kept it. */
export const isSessionState: check.Check<SessionState> = check.object({
  step: count,
  blank: check.boolean,
  revealed: check.array(count),
  tallies: check.record(check.string(), check.array(count)),
  timer: check.object({ durationMs: check.number(0), elapsedMs: check.number(0), startedAt: check.nullable(check.number()) }),
  updatedAt: check.number(),
});
const isHello = check.object({ type: check.literal('hello'), plan: check.string() });
const isState = check.object({ type: check.literal('state'), plan: check.string(), state: isSessionState });

/** A message from another window, or undefined if it is not one of ours (another tab, another version). */
export function readSyncMessage(data: unknown): SyncMessage | undefined {
  return isHello(data) || isState(data) ? data : undefined;
}

/** Whether a state from another window should replace ours. */
export const isNewer = (incoming: SessionState, current: SessionState) => incoming.updatedAt > current.updatedAt;
