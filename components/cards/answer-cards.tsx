'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { cardLabels, letterCards, sideCards, type CardId } from '@/lib/workshop/room-question';
import { CardShape } from './card-shape';

const words: Record<CardId, string> = { A: 'Answer A', B: 'Answer B', C: 'Answer C', D: 'Answer D', organiser: 'Organiser', factionalist: 'Factionalist' };

/** Keeps the phone's screen on while a card is held up, where the browser allows it. */
function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let released = false;
    navigator.wakeLock
      .request('screen')
      .then((sentinel) => {
        if (released) void sentinel.release();
        else lock = sentinel;
      })
      .catch(() => {
        // Low battery or a browser policy: the card still shows, the screen may dim.
      });
    return () => {
      released = true;
      void lock?.release().catch(() => {});
    };
  }, [active]);
}

/**
 * Pick a card, and it fills the screen to be held up. A tap, Enter or Escape puts it
 * away again and returns to the same choice.
 */
export function AnswerCards() {
  const [shown, setShown] = useState<CardId | null>(null);
  const cardRef = useRef<HTMLButtonElement>(null);
  const choiceRefs = useRef(new Map<CardId, HTMLButtonElement>());
  useWakeLock(shown !== null);

  const putAway = () => {
    const last = shown;
    setShown(null);
    requestAnimationFrame(() => (last ? choiceRefs.current.get(last)?.focus() : undefined));
  };
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.key === 'Escape') putAway();
  });

  useEffect(() => {
    if (!shown) return;
    cardRef.current?.focus();
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [shown]);

  const choice = (card: CardId) => (
    <li key={card}>
      <button
        type="button"
        className={`card-choice card-face card-face--${card}`}
        onClick={() => setShown(card)}
        aria-label={`${cardLabels[card]}: show full screen`}
        ref={(element) => {
          if (element) choiceRefs.current.set(card, element);
          else choiceRefs.current.delete(card);
        }}
      >
        <CardShape card={card} size={40} />
        <span className="card-choice__label">{cardLabels[card]}</span>
      </button>
    </li>
  );

  return (
    <>
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">A, B, C or D</h2>
        <ul className="card-choices card-choices--letters">{letterCards.map(choice)}</ul>
      </section>
      <section aria-labelledby="sides-heading">
        <h2 id="sides-heading">Which project is this?</h2>
        <ul className="card-choices card-choices--sides">{sideCards.map(choice)}</ul>
      </section>
      {shown && (
        <div className="answer-card-screen">
          <button type="button" ref={cardRef} className={`answer-card card-face card-face--${shown}`} onClick={putAway} aria-label={`${words[shown]}. Tap to choose another card.`}>
            <span className="answer-card__shape">
              <CardShape card={shown} size={160} />
            </span>
            <span className="answer-card__big" aria-hidden="true">
              {shown === 'organiser' || shown === 'factionalist' ? cardLabels[shown] : shown}
            </span>
            <span className="answer-card__hint" aria-hidden="true">
              Tap to choose another card
            </span>
          </button>
        </div>
      )}
    </>
  );
}
