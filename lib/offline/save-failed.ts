// Relative, as the service worker's own build (sw/tsconfig.json) knows no @/ paths.
import * as check from '../checks';

/**
 * Why a first visit could not save Groundwork on the device: the device refused to store a
 * file (short of space), or a file did not arrive (a patchy signal, or a host in trouble).
 */
export type SaveFailure = 'space' | 'network';

/** What the service worker tells the open pages when its install could not save every file. */
export type SaveFailedMessage = { type: 'SAVE_FAILED'; reason: SaveFailure };

const isSaveFailedMessage: check.Check<SaveFailedMessage> = check.object({ type: check.literal('SAVE_FAILED'), reason: check.literal('space', 'network') });

/** The reason in a message from the service worker, if it is a save-failed message. */
export const saveFailureIn = (data: unknown): SaveFailure | undefined => (isSaveFailedMessage(data) ? data.reason : undefined);
