/**
 * Why a first visit could not save Groundwork on the device: the device refused to store a
 * file (short of space), or a file did not arrive (a patchy signal, or a host in trouble).
 */
export type SaveFailure = 'space' | 'network';

/** What the service worker tells the open pages when its install could not save every file. */
export type SaveFailedMessage = { type: 'SAVE_FAILED'; reason: SaveFailure };

/** The reason in a message from the service worker, if it is a save-failed message. */
export function saveFailureIn(data: unknown): SaveFailure | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, reason } = data as Record<string, unknown>;
  return type === 'SAVE_FAILED' && (reason === 'space' || reason === 'network') ? reason : undefined;
}
