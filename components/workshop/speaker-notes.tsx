'use client';

import { Link } from '@/components/site/link';
import { useMemo } from 'react';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import type { Plan } from '@/lib/workshop/plan';
import { builderHref, presentHref } from '@/lib/workshop/routes';
import { prepareRun } from '@/lib/workshop/run';
import { isRevealed, talliesFor } from '@/lib/workshop/session';
import { formatSlot } from '@/lib/workshop/timing';
import { Countdown } from './countdown';
import { PlanProblem } from './plan-problem';
import { StepNotes } from './step-notes';
import { useClickerKeys } from './use-clicker-keys';
import { usePlanFromUrlIn } from './use-plan-from-url';
import { useSharedSession, type LinkStatus } from './use-shared-session';

/** Speaker notes for the plan in the URL, following the presenter window. */
export function SpeakerNotes({ catalogue }: { catalogue: WorkshopCatalogue }) {
  const { code, result } = usePlanFromUrlIn(catalogue);
  if (!result.ok) return <PlanProblem error={result.error} heading="No plan for these notes" />;
  return <NotesView key={code} code={code} plan={result.plan} catalogue={catalogue} />;
}

const statusText: Record<LinkStatus, string> = {
  unsupported: 'This browser cannot link windows, so these notes will not follow the presenter. Use the buttons here, or open both in a recent Chrome, Edge, Firefox or Safari.',
  waiting: 'Waiting for the presenter window. Open the presenter in this browser and these notes will follow it.',
  linked: 'Following the presenter window.',
};

type NotesViewProps = { code: string; plan: Plan; catalogue: WorkshopCatalogue };

function NotesView({ code, plan, catalogue }: NotesViewProps) {
  const run = useMemo(() => prepareRun(catalogue, plan), [catalogue, plan]);
  const { session, dispatch, status } = useSharedSession(code, run.shape);
  const step = run.steps[session.step]!;
  const next = run.steps[session.step + 1];
  const options = step.question?.options.length ?? 0;
  const counts = talliesFor(session, options);
  const revealed = isRevealed(session);

  // A clicker pointed at this window still drives the presentation.
  useClickerKeys({
    next: () => dispatch({ type: 'next' }),
    previous: () => dispatch({ type: 'previous' }),
    first: () => dispatch({ type: 'first' }),
    last: () => dispatch({ type: 'last' }),
    blank: () => dispatch({ type: 'toggle-blank' }),
    timer: () => dispatch({ type: 'toggle-timer' }),
    reveal: options > 0 ? () => dispatch({ type: 'toggle-reveal' }) : undefined,
  });

  return (
    <div className="notes" data-module={step.module}>
      <div className="notes__top">
        <h1 className="notes__title">Speaker notes</h1>
        <p className="notes__status" role="status">
          {statusText[status]}
        </p>
        <div className="notes__links">
          <a className="tool-button" href={presentHref(code)} target="groundwork-present">
            Open the presenter
          </a>
          <Link className="tool-button" href={builderHref(code)}>
            Back to the plan
          </Link>
        </div>
      </div>

      <div className="notes__grid">
        <section className="notes__now" aria-labelledby="notes-now">
          <h2 id="notes-now">
            <span className="notes__eyebrow">
              Now: step {session.step + 1} of {run.steps.length} · {formatSlot(step)}
            </span>
            {step.info.kindLabel}: {step.info.title}
          </h2>
          {session.blank && <p className="notice">The screen is blank. Press B to show it again.</p>}
          <StepNotes run={run} step={step} catalogue={catalogue} counts={counts} revealed={revealed} />
        </section>

        <div className="notes__side">
          <Countdown key={session.step} timer={session.timer} onToggle={() => dispatch({ type: 'toggle-timer' })} onReset={() => dispatch({ type: 'reset-timer' })} />
          <div className="notes__controls">
            <button type="button" className="tool-button" aria-disabled={session.step === 0} onClick={() => dispatch({ type: 'previous' })}>
              ←&nbsp;Previous
            </button>
            <button type="button" className="tool-button tool-button--main" aria-disabled={!next} onClick={() => dispatch({ type: 'next' })}>
              Next&nbsp;→
            </button>
          </div>
          <section aria-labelledby="notes-next">
            <h2 id="notes-next">Next</h2>
            <p>
              {next ? (
                <>
                  {next.info.kindLabel}: {next.info.title} <span className="muted">(from {next.start} min)</span>
                </>
              ) : (
                'This is the last step.'
              )}
            </p>
          </section>
          <section aria-labelledby="notes-order">
            <h2 id="notes-order">Running order</h2>
            <ol className="notes__order">
              {run.steps.map((other, index) => (
                <li key={index} aria-current={index === session.step ? 'step' : undefined}>
                  <span className="notes__slot">{formatSlot(other)}</span> {other.info.kindLabel}: {other.info.title}
                  {index === session.step && <strong> (now)</strong>}
                </li>
              ))}
            </ol>
          </section>
          <p className="muted notes__keys">Keys in either window: → or Page Down next, ← or Page Up back, B blank screen, T timer, R reveal.</p>
        </div>
      </div>
    </div>
  );
}
