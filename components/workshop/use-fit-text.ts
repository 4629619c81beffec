'use client';

import { useLayoutEffect, type RefObject } from 'react';

const smallest = 0.4;

/**
 * Sizes a box's type (the CSS variable --fit) to the largest that fits without
 * scrolling, up to `largest`: a short step grows for the back of the room, a long one
 * shrinks so nothing is cut off, at 1920×1080 and at 1024×768 alike.
 * `contentKey` changes whenever the content does.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, contentKey: string, largest = 1.3) {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const overflows = () => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    const fitsAt = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return !overflows();
    };
    // Each try forces a layout, so search by halves (about five tries) rather than step down.
    const fit = () => {
      if (fitsAt(largest)) return;
      let fits = smallest;
      let tooBig = largest;
      while (tooBig - fits > 0.03) {
        const middle = Math.round(((fits + tooBig) / 2) * 1000) / 1000;
        if (fitsAt(middle)) fits = middle;
        else tooBig = middle;
      }
      box.style.setProperty('--fit', String(fits));
    };
    fit();
    // A ResizeObserver reports the size it starts with too: refit only when the size has changed.
    let size = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${box.clientWidth}x${box.clientHeight}`;
      if (now === size) return;
      size = now;
      fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, contentKey, largest]);
}
