/**
 * Calendar dates as stored (`YYYY-MM-DD`), with day arithmetic done on a plain day count so the
 * host's time zone and daylight-saving rules can never shift a date.
 */

/** The parts of a valid calendar date; month and day are 1-based. */
export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict `YYYY-MM-DD` string; null for anything malformed or not on the calendar (2026-02-30). */
export function parseCalendarDate(value: string): CalendarDateParts | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when the string is a real calendar date in `YYYY-MM-DD` form. */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

/** Parses or throws; for values that were validated at the boundary, where a bad one is a bug. */
export function requireCalendarDate(value: string): CalendarDateParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${value}"`);
  return parts;
}

/** Writes parts back as `YYYY-MM-DD`. */
export function formatCalendarDate(parts: CalendarDateParts): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Days since 1970-01-01 (Hinnant's days-from-civil), so date maths is integer maths. */
export function toDayNumber(parts: CalendarDateParts): number {
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = parts.month > 2 ? parts.month - 3 : parts.month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + parts.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Adds (or with a negative count, subtracts) whole days. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  return formatCalendarDate(fromDayNumber(toDayNumber(requireCalendarDate(date)) + days));
}

/** Orders two dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareCalendarDates(a: string, b: string): -1 | 0 | 1 {
  const diff = toDayNumber(requireCalendarDate(a)) - toDayNumber(requireCalendarDate(b));
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(requireCalendarDate(to)) - toDayNumber(requireCalendarDate(from));
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const index = (((toDayNumber(requireCalendarDate(date)) + 3) % 7) + 7) % 7;
  return (index + 1) as IsoWeekday;
}
