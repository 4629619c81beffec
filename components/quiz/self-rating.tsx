'use client';

import { useId } from 'react';
import { useProgressStore } from '@/lib/progress/store';
import { useProgress, useProgressHydrated } from '@/components/progress/use-progress';

const scale = ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] as const;

/**
 * "How often do I do this?" A private rating kept on this device, never scored: a
 * starting point for pair discussion. Native radios: one tab stop, arrows move.
 */
export function SelfRating({ itemId, statement }: { itemId: string; statement: string }) {
  const name = useId();
  const hydrated = useProgressHydrated();
  const value = useProgress((state) => state.selfRatings[itemId]?.value ?? null, null);
  const rateSelf = useProgressStore((state) => state.rateSelf);
  return (
    <fieldset className="self-rating" disabled={!hydrated}>
      <legend>
        <span className="self-rating__statement">“{statement}”</span>
        <span className="self-rating__ask">How often is this true of you? Only you see this; it stays on this device and is never scored.</span>
      </legend>
      <div className="self-rating__scale">
        {scale.map((label, index) => (
          <label key={label} className="self-rating__option">
            <input type="radio" name={name} value={index + 1} checked={value === index + 1} onChange={() => rateSelf(itemId, index + 1)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
