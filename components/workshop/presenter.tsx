'use client';

import { Link } from '@/components/site/link';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import type { Plan } from '@/lib/workshop/plan';
import { builderHref, notesHref } from '@/lib/workshop/routes';
import { prepareRun } from '@/lib/workshop/run';
import { isRevealed, isUnderway, talliesFor } from '@/lib/workshop/session';
import { scrollForPress } from '@/lib/workshop/stage-scroll';
import { formatSlot } from '@/lib/workshop/timing';
import { Countdown } from './countdown';
import { PlanProblem } from './plan-problem';
import { PresenterStage } from './presenter-stage';
import { QrCode } from './qr-code';
import { useClickerKeys } from './use-clicker-keys';
import { useFitText } from './use-fit-text';
import { usePlanFromUrlIn } from './use-plan-from-url';
import { useSharedSession } from './use-shared-session';

/** The presenter for the plan in the URL, or a clear message if the link holds none we can open. */
export function Presenter({ catalogue }: { catalogue: WorkshopCatalogue }) {
  const { code, result } = usePlanFromUrlIn(catalogue);
  if (!result.ok) return <PlanProblem error={result.error} heading="No plan to present" />;
  return <PresenterView key={code} code={code} plan={result.plan} catalogue={catalogue} />;
}

const subscribeFullscreen = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};

function useFullscreen() {
  const active = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenElement !== null, () => false);
  const enabled = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenEnabled, () => false);
  const toggle = () => {
    // A browser may refuse (an iframe, a policy): the presenter works the same in a window.
    const request = active ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch(() => {});
  };
  return { active, enabled, toggle };
}

type PresenterViewProps = { code: string; plan: Plan; catalogue: WorkshopCatalogue };

function PresenterView({ code, plan, catalogue }: PresenterViewProps) {
  const run = useMemo(() => prepareRun(catalogue, plan), [catalogue, plan]);
  const { session, dispatch } = useSharedSession(code, run.shape);
  // A session last changed before this window opened was kept by this tab or came from the
  // notes: say so, with a way back to the start, until anything is done in it.
  const [openedAt] = useState(() => Date.now());
  const pickedUp = isUnderway(session) && session.updatedAt < openedAt;
  const [qrOpen, setQrOpen] = useState(false);
  const fullscreen = useFullscreen();
  const stageRef = useRef<HTMLDivElement>(null);
  const blankRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const qrCloseRef = useRef<HTMLButtonElement>(null);

  const step = run.steps[session.step]!;
  const options = step.question?.options.length ?? 0;
  const counts = talliesFor(session, options);
  const revealed = isRevealed(session);
  const isFirst = session.step === 0;
  const isLast = session.step === run.steps.length - 1;
  useFitText(stageRef, `${session.step}-${revealed}-${counts.join()}`);

  // A new step starts at its top, however far down the last one was scrolled. Scrolled
  // in the frame that fits the new step, before it is painted: scrolling here, in React's
  // commit, would force a whole layout of the step at its old size, only for the fitting
  // to lay it out again.
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => stageRef.current?.scrollTo({ top: 0 }));
    return () => cancelAnimationFrame(frame);
  }, [session.step]);

  /** A step too long for the stage (see useFitText) scrolls a stage's worth first; true if it did. */
  const scrolledStage = (direction: 1 | -1) => {
    const stage = stageRef.current;
    if (!stage?.hasAttribute('data-scrolls')) return false;
    const top = scrollForPress(stage, direction);
    if (top === null) return false;
    stage.scrollTo({ top });
    return true;
  };

  useEffect(() => {
    if (session.blank) blankRef.current?.focus();
  }, [session.blank]);
  useEffect(() => {
    if (qrOpen) qrCloseRef.current?.focus();
  }, [qrOpen]);

  const tally = (option: number) => (option < options ? () => dispatch({ type: 'tally', option, change: 1 }) : undefined);
  useClickerKeys({
    next: () => {
      if (!scrolledStage(1)) dispatch({ type: 'next' });
    },
    previous: () => {
      if (!scrolledStage(-1)) dispatch({ type: 'previous' });
    },
    first: () => dispatch({ type: 'first' }),
    last: () => dispatch({ type: 'last' }),
    blank: () => dispatch({ type: 'toggle-blank' }),
    timer: () => dispatch({ type: 'toggle-timer' }),
    reveal: options > 0 ? () => dispatch({ type: 'toggle-reveal' }) : undefined,
    qr: () => setQrOpen((open) => !open),
    close: qrOpen ? () => setQrOpen(false) : undefined,
    'tally-1': tally(0),
    'tally-2': tally(1),
    'tally-3': tally(2),
    'tally-4': tally(3),
  });

  return (
    <div className="presenter" data-module={step.module}>
      <div className="presenter__top">
        <p className="presenter__where">
          <span>
            Step {session.step + 1} of {run.steps.length}
          </span>
          <span>{step.info.kindLabel}</span>
          <span>{formatSlot(step)}</span>
        </p>
        <p className="visually-hidden" aria-live="polite">
          {session.blank ? 'Screen blanked.' : `Step ${session.step + 1} of ${run.steps.length}: ${step.info.kindLabel}. ${step.info.title}.`}
        </p>
        <div className="presenter__links">
          <a className="tool-button" href={notesHref(code)} target="groundwork-notes">
            Speaker notes
          </a>
          {fullscreen.enabled && (
            <button type="button" className="tool-button" onClick={fullscreen.toggle}>
              {fullscreen.active ? 'Leave full screen' : 'Full screen'}
            </button>
          )}
          <Link className="tool-button" href={builderHref(code)}>
            Back to the plan
          </Link>
        </div>
        {pickedUp && (
          <p className="presenter__picked-up">
            <span>Picked up where the presentation left off.</span>
            <button
              type="button"
              className="tool-button"
              onClick={() => {
                dispatch({ type: 'restart' });
                // The button goes with the line; the keyboard carries on from Next.
                nextRef.current?.focus();
              }}
            >
              Start afresh
            </button>
          </p>
        )}
      </div>

      <div className="presenter__stage" ref={stageRef}>
        <div className="stage">
          <PresenterStage
            run={run}
            step={step}
            catalogue={catalogue}
            counts={counts}
            revealed={revealed}
            onTally={(option, change) => dispatch({ type: 'tally', option, change })}
          />
        </div>
      </div>

      <div className="presenter__bottom">
        <div className="presenter__group">
          <button type="button" className="tool-button" aria-disabled={isFirst} onClick={() => dispatch({ type: 'previous' })}>
            ←&nbsp;Previous
          </button>
          <button type="button" className="tool-button tool-button--main" ref={nextRef} aria-disabled={isLast} onClick={() => dispatch({ type: 'next' })}>
            Next&nbsp;→
          </button>
        </div>
        <Countdown key={session.step} timer={session.timer} onToggle={() => dispatch({ type: 'toggle-timer' })} onReset={() => dispatch({ type: 'reset-timer' })} />
        <div className="presenter__group">
          {options > 0 && (
            <button type="button" className="tool-button" aria-pressed={revealed} onClick={() => dispatch({ type: 'toggle-reveal' })}>
              Reveal answer
            </button>
          )}
          <button type="button" className="tool-button" onClick={() => setQrOpen(true)}>
            QR code
          </button>
          <button type="button" className="tool-button" onClick={() => dispatch({ type: 'toggle-blank' })}>
            Blank screen
          </button>
        </div>
      </div>

      {qrOpen && (
        <div className="presenter__overlay" role="dialog" aria-modal="true" aria-label="QR code for phones">
          <QrCode path={step.link.href} label={step.link.label} />
          <button type="button" className="tool-button" ref={qrCloseRef} onClick={() => setQrOpen(false)}>
            Close the QR code
          </button>
        </div>
      )}
      {session.blank && (
        <button type="button" className="presenter__blank" ref={blankRef} onClick={() => dispatch({ type: 'toggle-blank' })} aria-label="The screen is blank. Show it again" />
      )}
    </div>
  );
}
