import { describe, expect, it } from 'vitest';
import { scrollForPress } from '@/lib/workshop/stage-scroll';

// A stage 400 px tall showing a step 1000 px long: 600 px of it to scroll.
const stage = (scrollTop: number) => ({ scrollTop, scrollHeight: 1000, clientHeight: 400 });

describe('a clicker press on a step too long for the stage', () => {
  it('moves down by most of a stage while there is more below, then lets the presentation move on', () => {
    expect(scrollForPress(stage(0), 1)).toBe(340);
    expect(scrollForPress(stage(340), 1)).toBe(600);
    expect(scrollForPress(stage(600), 1)).toBeNull();
  });

  it('moves back up the same way before going to the previous step', () => {
    expect(scrollForPress(stage(600), -1)).toBe(260);
    expect(scrollForPress(stage(260), -1)).toBe(0);
    expect(scrollForPress(stage(0), -1)).toBeNull();
  });

  it('treats a position within a pixel of either end as the end', () => {
    expect(scrollForPress(stage(599.5), 1)).toBeNull();
    expect(scrollForPress(stage(0.5), -1)).toBeNull();
  });

  it('never scrolls a step that fits', () => {
    const fits = { scrollTop: 0, scrollHeight: 400, clientHeight: 400 };
    expect(scrollForPress(fits, 1)).toBeNull();
    expect(scrollForPress(fits, -1)).toBeNull();
  });
});
