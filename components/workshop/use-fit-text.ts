'use client';

import { useLayoutEffect, type RefObject } from 'react';

const smallest = 0.4;

/**
 * Sizes a box's type (the CSS variable --fit) to the largest that fits without
 * scrolling, up to `largest`: a short step grows for the back of the room, a long one
 * shrinks so nothing is cut off, at 1920×1080 and at 1024×768 alike. When not even the
 * smallest size fits, the box gets a `data-scrolls` attribute, for its CSS to let it scroll.
 * `contentKey` changes whenever the content does.
 *
 * The sizing runs in the next animation frame, which comes before that frame is painted,
 * so the new content is never seen at the wrong size. Each try forces a layout; done in
 * the frame, those layouts are part of the browser's own rendering step rather than of
 * the task that put the content in, and on a slow machine neither task is long.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, contentKey: string, largest = 1.3) {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const sizeOf = () => `${box.clientWidth}x${box.clientHeight}`;
    const overflows = () => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
    const fitsAt = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return !overflows();
    };
    // The box's size when it was last fitted; empty until the first fit.
    let fittedSize = '';
    // Search by halves (about five tries) rather than step down.
    const largestThatFits = () => {
      if (fitsAt(largest)) return largest;
      let fits = smallest;
      let tooBig = largest;
      while (tooBig - fits > 0.03) {
        const middle = Math.round(((fits + tooBig) / 2) * 1000) / 1000;
        if (fitsAt(middle)) fits = middle;
        else tooBig = middle;
      }
      return fits;
    };
    const fit = () => {
      // Measured as the room sees it, with the overflow hidden.
      box.removeAttribute('data-scrolls');
      const scale = largestThatFits();
      // Even the smallest type overflows (a small window, or very large text): the box
      // scrolls rather than cut off the rest of the step.
      const scrolls = scale === smallest && !fitsAt(smallest);
      box.style.setProperty('--fit', String(scale));
      box.toggleAttribute('data-scrolls', scrolls);
      fittedSize = sizeOf();
    };
    const frame = requestAnimationFrame(fit);
    // A ResizeObserver reports the size it starts with too: refit only when the size has
    // changed since the last fit (and leave the first one to the frame).
    const observer = new ResizeObserver(() => {
      if (fittedSize && sizeOf() !== fittedSize) fit();
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref, contentKey, largest]);
}
