'use client';

import { useLayoutEffect, type RefObject } from 'react';

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
    const fit = () => {
      let scale = largest;
      box.style.setProperty('--fit', String(scale));
      while (overflows() && scale > 0.4) {
        scale = Math.round((scale - 0.04) * 100) / 100;
        box.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, contentKey, largest]);
}
