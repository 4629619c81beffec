import { changeTally } from './tally';

/**
 * What the presenter and the notes window share while a plan is presented: which step is
 * on screen, whether the screen is blanked, which answers are revealed, the room's
 * tallies and the trainer's countdown. Pure: every action carries the time it happened.
 */

export type TimerState = {
  durationMs: number;
  /** Time counted down before the last pause. */
  elapsedMs: number;
  /** When the countdown was last started (ms since the epoch), or null while paused. */
  startedAt: number | null;
};

export const newTimer = (minutes: number): TimerState => ({ durationMs: minutes * 60_000, elapsedMs: 0, startedAt: null });

export const isRunning = (timer: TimerState) => timer.startedAt !== null;

export function remainingMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.max(0, timer.durationMs - timer.elapsedMs - running);
}

export function startTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer) || remainingMs(timer, now) === 0) return timer;
  return { ...timer, startedAt: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, elapsedMs: Math.min(timer.durationMs, timer.elapsedMs + Math.max(0, now - timer.startedAt)), startedAt: null };
}

export const resetTimer = (timer: TimerState): TimerState => ({ ...timer, elapsedMs: 0, startedAt: null });

/** "4:05"; whole seconds, rounded up so the display reaches 0:00 only when time is up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the session needs to know of the plan: each step's minutes and how many options the room chooses from (0 if none). */
export type SessionShape = { minutes: number[]; options: number[] };

export type SessionState = {
  step: number;
  blank: boolean;
  /** Steps whose answer has been revealed. */
  revealed: number[];
  /** The room's counts per option, by step index. */
  tallies: Record<string, number[]>;
  timer: TimerState;
  /** When the state last changed; between two windows the later change wins. */
  updatedAt: number;
};

export type SessionAction =
  | { type: 'next' | 'previous' | 'first' | 'last' | 'toggle-blank' | 'toggle-reveal' | 'toggle-timer' | 'reset-timer' | 'restart'; at: number }
  | { type: 'go'; step: number; at: number }
  | { type: 'tally'; option: number; change: 1 | -1; at: number };

/** An action as a window issues it, before it is stamped with the time. */
export type SessionCommand = SessionAction extends infer Action ? (Action extends SessionAction ? Omit<Action, 'at'> : never) : never;

export const startSession = (shape: SessionShape): SessionState => ({
  step: 0,
  blank: false,
  revealed: [],
  tallies: {},
  timer: newTimer(shape.minutes[0] ?? 1),
  updatedAt: 0,
});

function goTo(state: SessionState, step: number, shape: SessionShape): SessionState {
  const target = Math.min(Math.max(step, 0), shape.minutes.length - 1);
  // Moving on brings the screen back, as a clicker's next does in slide software.
  if (target === state.step) return state.blank ? { ...state, blank: false } : state;
  return { ...state, step: target, blank: false, timer: newTimer(shape.minutes[target] ?? 1) };
}

export function applySessionAction(state: SessionState, action: SessionAction, shape: SessionShape): SessionState {
  const next = reduce(state, action, shape);
  return next === state ? state : { ...next, updatedAt: Math.max(action.at, state.updatedAt + 1) };
}

function reduce(state: SessionState, action: SessionAction, shape: SessionShape): SessionState {
  const options = shape.options[state.step] ?? 0;
  switch (action.type) {
    case 'next':
      return goTo(state, state.step + 1, shape);
    case 'previous':
      return goTo(state, state.step - 1, shape);
    case 'first':
      return goTo(state, 0, shape);
    case 'last':
      return goTo(state, shape.minutes.length - 1, shape);
    case 'go':
      return goTo(state, action.step, shape);
    case 'toggle-blank':
      return { ...state, blank: !state.blank };
    case 'toggle-reveal': {
      if (options === 0) return state;
      const revealed = state.revealed.includes(state.step) ? state.revealed.filter((step) => step !== state.step) : [...state.revealed, state.step];
      return { ...state, revealed };
    }
    case 'toggle-timer':
      return { ...state, timer: isRunning(state.timer) ? pauseTimer(state.timer, action.at) : startTimer(state.timer, action.at) };
    case 'reset-timer':
      return { ...state, timer: resetTimer(state.timer) };
    case 'restart':
      return isUnderway(state) ? startSession(shape) : state;
    case 'tally': {
      if (options === 0) return state;
      const counts = changeTally(state.tallies[state.step] ?? [], action.option, action.change, options);
      return { ...state, tallies: { ...state.tallies, [state.step]: counts } };
    }
  }
}

/** Whether anything has happened in the session: a step moved past, a hand counted, an answer shown, time run. */
export function isUnderway(state: SessionState): boolean {
  const { timer } = state;
  return (
    state.step > 0 ||
    state.blank ||
    state.revealed.length > 0 ||
    Object.values(state.tallies).some((counts) => counts.some((count) => count > 0)) ||
    timer.elapsedMs > 0 ||
    isRunning(timer)
  );
}

export const isRevealed = (state: SessionState) => state.revealed.includes(state.step);
export const talliesFor = (state: SessionState, options: number) => Array.from({ length: options }, (_, index) => state.tallies[state.step]?.[index] ?? 0);

/** A state from another window, kept within this plan's steps. */
export function fitSession(state: SessionState, shape: SessionShape): SessionState {
  const last = Math.max(0, shape.minutes.length - 1);
  return state.step <= last ? state : { ...state, step: last, timer: newTimer(shape.minutes[last] ?? 1) };
}

/** What the session needs of a timed plan: minutes per step, and options per question. */
export function shapeOf(steps: { minutes: number; options: number }[]): SessionShape {
  return { minutes: steps.map((step) => step.minutes), options: steps.map((step) => step.options) };
}
