/** How far a stage that scrolls has been scrolled, and how much of it there is. */
export type StageScroll = { scrollTop: number; scrollHeight: number; clientHeight: number };

/** A press moves the step on by this share of the stage, so the last lines stay in view. */
const pageShare = 0.85;

/**
 * Where a "next" (direction 1) or "previous" (-1) press takes a step too long for the stage:
 * the new scroll position while there is more of the step that way, or null when the press
 * should move the presentation instead. A trainer on a keyboard or a clicker so sees all of
 * a long step before the next one, as a mouse user would by scrolling.
 */
export function scrollForPress({ scrollTop, scrollHeight, clientHeight }: StageScroll, direction: 1 | -1): number | null {
  const bottom = Math.max(0, scrollHeight - clientHeight);
  // Within a pixel of the end counts as there: scroll positions are not always whole.
  if (direction > 0 ? scrollTop >= bottom - 1 : scrollTop <= 1) return null;
  const by = Math.max(1, Math.round(clientHeight * pageShare));
  return direction > 0 ? Math.min(bottom, scrollTop + by) : Math.max(0, scrollTop - by);
}
