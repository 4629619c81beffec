'use client';

import { useId, useLayoutEffect, useRef } from 'react';
import { useProgressStore } from '@/lib/progress/store';
import { useProgress } from '@/components/progress/use-progress';

const scale = ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] as const;

/**
 * "How often do I do this?" A private rating kept on this device, never scored: a
 * starting point for pair discussion. Native radios: one tab stop, arrows move.
 *
 * The radios work from the first paint, before the page's code has arrived. The static
 * HTML could disable them until then, but enabling a fieldset makes the browser revisit
 * every control in it, in the very task that brings the page alive (decision 0005 has
 * the figures). A choice made early is kept: the browser checks the radio, hydration
 * leaves it checked, and it is saved as the component mounts. Only an early tap can have
 * checked one by then: the HTML checks none, and form-state restoring is switched off.
 */
export function SelfRating({ itemId, statement }: { itemId: string; statement: string }) {
  const name = useId();
  const value = useProgress((state) => state.selfRatings[itemId]?.value ?? null, null);
  const rateSelf = useProgressStore((state) => state.rateSelf);
  const scaleRef = useRef<HTMLDivElement>(null);

  // Before the first paint after hydration, so the early choice never flickers off.
  useLayoutEffect(() => {
    const early = scaleRef.current?.querySelector<HTMLInputElement>('input:checked');
    if (!early) return;
    const earlyValue = Number(early.value);
    if (earlyValue !== useProgressStore.getState().selfRatings[itemId]?.value) rateSelf(itemId, earlyValue);
  }, [itemId, rateSelf]);

  return (
    <fieldset className="self-rating">
      <legend>
        <span className="self-rating__statement">“{statement}”</span>
        <span className="self-rating__ask">How often is this true of you? Only you see this; it stays on this device and is never scored.</span>
      </legend>
      <div className="self-rating__scale" ref={scaleRef}>
        {scale.map((label, index) => (
          <label key={label} className="self-rating__option">
            {/* autoComplete off: a browser that restores form state on reload would
                otherwise bring back a choice that another tab has since changed. */}
            <input type="radio" name={name} value={index + 1} autoComplete="off" checked={value === index + 1} onChange={() => rateSelf(itemId, index + 1)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
