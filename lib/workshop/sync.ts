import * as z from '@/lib/zod-mini';
import type { SessionState } from './session';

/**
 * The presenter and the notes window keep in step over a BroadcastChannel. Each window
 * sends its whole session state after every change it makes; the newer state wins. A
 * window that opens says hello, and any window already presenting the same plan replies,
 * so the notes catch up, and a reloaded presenter gets back its tallies.
 */

export const channelName = 'groundwork-workshop';

// zod/mini: the presenter and notes pages load this, and must stay small.
const count = z.int().check(z.minimum(0));
const timerSchema = z.object({
  durationMs: z.number().check(z.minimum(0)),
  elapsedMs: z.number().check(z.minimum(0)),
  startedAt: z.nullable(z.number()),
});

const sessionStateSchema = z.object({
  step: count,
  blank: z.boolean(),
  revealed: z.array(count),
  tallies: z.record(z.string(), z.array(count)),
  timer: timerSchema,
  updatedAt: z.number(),
});

export const syncMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), plan: z.string() }),
  z.object({ type: z.literal('state'), plan: z.string(), state: sessionStateSchema }),
]);
export type SyncMessage = z.infer<typeof syncMessageSchema>;

/** A message from another window, or undefined if it is not one of ours (another tab, an older version). */
export function readSyncMessage(data: unknown): SyncMessage | undefined {
  const parsed = syncMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a state from another window should replace ours. */
export const isNewer = (incoming: SessionState, current: SessionState) => incoming.updatedAt > current.updatedAt;
