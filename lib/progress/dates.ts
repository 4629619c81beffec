/**
 * Calendar days as the learner lives them: 'YYYY-MM-DD' in their own time zone. Day
 * arithmetic is done on the date alone (as UTC midnights), so daylight-saving changes
 * can never make a day 23 or 25 hours long.
 */
export type LocalDay = string;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const isLocalDay = (value: string): value is LocalDay => dayPattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The calendar day of `date` in `timeZone` (default: the device's own). */
export function localDay(date: Date, timeZone?: string): LocalDay {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

const toUtcMidnight = (day: LocalDay) => Date.parse(`${day}T00:00:00Z`);
const dayMs = 86_400_000;

export function addDays(day: LocalDay, days: number): LocalDay {
  return new Date(toUtcMidnight(day) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / dayMs);
}

export type Streak = {
  /** Consecutive days with activity, ending today or yesterday. */
  current: number;
  longest: number;
  activeToday: boolean;
};

/**
 * The streak of consecutive active days. A streak is still alive until a whole day
 * passes with nothing done, so it counts back from today, or from yesterday if today has
 * nothing yet. Days after `today` (a clock set back) are left out of the count but never
 * deleted, so the streak comes back when the clock is right again.
 */
export function streak(activityDays: readonly LocalDay[], today: LocalDay): Streak {
  const days = [...new Set(activityDays)].filter((day) => daysBetween(day, today) >= 0).sort();
  const active = new Set(days);
  let longest = 0;
  let run = 0;
  let previous: LocalDay | undefined;
  for (const day of days) {
    run = previous !== undefined && daysBetween(previous, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const activeToday = active.has(today);
  let current = 0;
  for (let day = activeToday ? today : addDays(today, -1); active.has(day); day = addDays(day, -1)) current++;
  return { current, longest, activeToday };
}

/** Adds a day to a sorted list of distinct days, returning the same list if it is there. */
export function withDay(days: readonly LocalDay[], day: LocalDay): LocalDay[] {
  if (days.includes(day)) return days as LocalDay[];
  return [...days, day].sort();
}
