/**
 * Clock times as stored (`HH:MM`, 24-hour). A time of day ends at 23:59; "24:00" is refused so a
 * stored time always names one minute of one day.
 */

/** Minutes in one day; the upper bound for durations. */
export const MINUTES_PER_DAY = 1440;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses strict `HH:MM` into minutes after midnight; null for 24:00, 25:61, "9:30" and the like. */
export function parseClockTime(value: string): number | null {
  const match = TIME_PATTERN.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True when the string is a valid `HH:MM` time of day. */
export function isClockTime(value: string): boolean {
  return parseClockTime(value) !== null;
}

/** Parses or throws; for values validated at the boundary, where a bad one is a bug. */
export function requireClockTime(value: string): number {
  const minutes = parseClockTime(value);
  if (minutes === null) throw new RangeError(`Not a clock time (HH:MM): "${value}"`);
  return minutes;
}

/**
 * Writes minutes after midnight as `HH:MM`. Values past midnight wrap onto the next day's clock
 * (1440 → "00:00"), which is how an end time exactly at midnight reads on a wall clock.
 */
export function clockTimeFromMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0)
    throw new RangeError(`Minutes must be a non-negative whole number: ${minutes}`);
  const inDay = minutes % MINUTES_PER_DAY;
  const hours = Math.floor(inDay / 60);
  const rest = inDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** Orders two clock times: negative when `a` is earlier in the day. */
export function compareClockTimes(a: string, b: string): -1 | 0 | 1 {
  const diff = requireClockTime(a) - requireClockTime(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}
