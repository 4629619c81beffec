/**
 * Keys a trainer presses, or a presentation clicker sends. Clickers send arrows or
 * PageUp/PageDown, and B or "." for a blank screen.
 */
export type PresenterCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blank'
  | 'timer'
  | 'reveal'
  | 'qr'
  | 'close'
  | 'tally-1'
  | 'tally-2'
  | 'tally-3'
  | 'tally-4';

const commands: Record<string, PresenterCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  t: 'timer',
  T: 'timer',
  r: 'reveal',
  R: 'reveal',
  q: 'qr',
  Q: 'qr',
  Escape: 'close',
  '1': 'tally-1',
  '2': 'tally-2',
  '3': 'tally-3',
  '4': 'tally-4',
};

/**
 * The command for a key, if any. On a focused button or link, Space and Enter belong to
 * that control, so Space does not also move the presentation on.
 */
export function commandForKey(key: string, onControl: boolean): PresenterCommand | undefined {
  if (onControl && (key === ' ' || key === 'Enter')) return undefined;
  return Object.hasOwn(commands, key) ? commands[key] : undefined;
}
