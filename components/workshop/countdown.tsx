'use client';

import { formatCountdown, isRunning, remainingMs, type TimerState } from '@/lib/workshop/session';
import { useNow } from './use-now';

type CountdownProps = { timer: TimerState; onToggle: () => void; onReset: () => void };

/** The trainer's countdown for the current step: started, paused and reset by hand, never by itself. */
export function Countdown({ timer, onToggle, onReset }: CountdownProps) {
  const running = isRunning(timer);
  const now = useNow(running);
  const left = remainingMs(timer, now);
  const up = left === 0;
  const state = up ? 'Time’s up' : running ? 'Running' : timer.elapsedMs > 0 ? 'Paused' : 'Not started';
  return (
    <div className="countdown" data-state={up ? 'up' : running ? 'running' : 'paused'}>
      <p className="countdown__reading">
        <span className="countdown__time" role="timer" aria-label={`Timer: ${formatCountdown(left)} left`}>
          {formatCountdown(left)}
        </span>
        <span className="countdown__state">{state}</span>
      </p>
      <span className="visually-hidden" aria-live="polite">
        {up ? 'Time’s up.' : ''}
      </span>
      <button type="button" className="tool-button" onClick={onToggle}>
        {running && !up ? 'Pause timer' : 'Start timer'}
      </button>
      <button type="button" className="tool-button" onClick={onReset} aria-label="Reset timer">
        Reset
      </button>
    </div>
  );
}
