import { describe, expect, it } from 'vitest';
import { saveFailureIn, type SaveFailedMessage } from '@/lib/offline/save-failed';

describe('a message from the service worker that the site could not be saved', () => {
  it('gives the reason it carries', () => {
    const space: SaveFailedMessage = { type: 'SAVE_FAILED', reason: 'space' };
    expect(saveFailureIn(space)).toBe('space');
    expect(saveFailureIn({ type: 'SAVE_FAILED', reason: 'network' })).toBe('network');
  });

  it('ignores any other message, or one with a reason it does not know', () => {
    for (const data of [null, undefined, 'SAVE_FAILED', 42, {}, { type: 'SKIP_WAITING' }, { type: 'SAVE_FAILED' }, { type: 'SAVE_FAILED', reason: 'disk' }, { type: 'save_failed', reason: 'space' }]) {
      expect(saveFailureIn(data)).toBeUndefined();
    }
  });
});
