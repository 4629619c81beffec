import { parsed } from '@/lib/checks';
import { fitSession, type SessionShape, type SessionState } from './session';
import { isSessionState } from './sync';

/**
 * A presentation in progress is kept in the tab's storage (lib/tab-storage.ts), under its
 * plan, so a reload or a tab the browser dropped carries on at the same step with the
 * room's tallies, and a new tab starts afresh.
 */
export const keptSessionKey = (planCode: string) => `groundwork-workshop-session:${planCode}`;

/** The session kept for a plan, fitted to its steps; undefined if none was kept or it cannot be read. */
export function readKeptSession(text: string | null, shape: SessionShape): SessionState | undefined {
  const kept = parsed(text, isSessionState);
  return kept && fitSession(kept, shape);
}
