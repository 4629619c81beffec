'use client';

import { Link } from '@/components/site/link';
import { useId, useRef, useState } from 'react';
import { builderHref, notesHref, presentHref, printHref, printPieceHref } from '@/lib/workshop/routes';
import { useOrigin } from './use-origin';

/** Present the plan, open its notes, and pass its link on: the link is the whole plan. */
export function SharePlan({ code }: { code: string }) {
  const origin = useOrigin();
  const link = `${origin}${builderHref(code)}`;
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied. Paste it into an email or a message to your co-trainer.');
    } catch {
      // No clipboard access (an http address on a local network, or a browser setting).
      inputRef.current?.select();
      setMessage('Your browser would not copy it for us: the link is selected, so press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  return (
    <section className="share-plan card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Run it</h2>
      <div className="share-plan__actions">
        <Link className="button" href={presentHref(code)}>
          Present
        </Link>
        <a className="button button--quiet" href={notesHref(code)} target="groundwork-notes">
          Open speaker notes
        </a>
      </div>
      <p className="muted">
        Open the speaker notes in a second window on your laptop, and they follow the presenter. Keys: → or Page Down for next, ← or Page
        Up for back, B to blank the screen, T for the timer, R to reveal an answer, Q for a QR code.
      </p>
      <label htmlFor={`${id}-link`}>Link to this plan</label>
      <div className="share-plan__link">
        <input id={`${id}-link`} ref={inputRef} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--quiet" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="share-plan__message" role="status">
        {message}
      </p>
      <p>
        Bookmark this page or send the link: the plan is in it, and nothing is stored anywhere else. Print the{' '}
        <Link href={printPieceHref('answer-key', code)}>answer key for this plan</Link> or anything else from the <Link href={printHref}>printable kit</Link>.
      </p>
    </section>
  );
}
