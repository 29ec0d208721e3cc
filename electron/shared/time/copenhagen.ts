/**
 * Wall-clock time in Copenhagen ↔ UTC instants, using the runtime's own time-zone data through
 * `Intl.DateTimeFormat` (no tz library ships with the app). Pure: every "now" is passed in.
 *
 * Daylight-saving days, under the EU rule Denmark follows:
 * - Spring (last Sunday of March) the clocks jump 02:00 → 03:00, so 02:00–02:59 never happens.
 *   `copenhagenToUtc` refuses such a time with the typed error `nonexistent-local-time` rather
 *   than silently moving the meeting; the user picks another time.
 * - Autumn (last Sunday of October) 02:00–02:59 happens twice. `copenhagenToUtc` picks the first
 *   occurrence (still summer time, +02:00), the same choice RFC 5545 makes for calendar files, and
 *   says so with `repeated: true`.
 */
import { formatCalendarDate, fromDayNumber, parseCalendarDate, toDayNumber } from './calendar-date';
import { clockTimeFromMinutes, parseClockTime } from './clock-time';
import { formatShortDate } from './format';
import type { TimeResult } from './time-result';

/** The IANA zone every meeting is planned in. */
export const COPENHAGEN_TIME_ZONE = 'Europe/Copenhagen';

/** A Copenhagen wall-clock date and time. */
export interface CopenhagenDateTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour; seconds are dropped. */
  time: string;
}

/** The instant a Copenhagen wall-clock time names. */
export interface CopenhagenInstant {
  instant: Date;
  /** Minutes ahead of UTC at that instant: 60 in winter, 120 in summer. */
  offsetMinutes: number;
  /** True when the wall time happens twice (autumn change) and the first one was taken. */
  repeated: boolean;
}

/** Why a wall-clock time could not be turned into an instant. */
export type CopenhagenTimeErrorCode = 'invalid-date' | 'invalid-time' | 'nonexistent-local-time';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// One formatter for the module: building Intl formatters is slow, using them is not.
const copenhagenParts = new Intl.DateTimeFormat('en-US', {
  timeZone: COPENHAGEN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function requireValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date passed as an instant');
  return ms;
}

/** Copenhagen wall time of an instant, as milliseconds on a UTC-based scale (so it can be subtracted). */
function wallClockMs(ms: number): number {
  const fields: Record<string, number> = {};
  for (const part of copenhagenParts.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const day = toDayNumber({ year: fields.year ?? 0, month: fields.month ?? 0, day: fields.day ?? 0 });
  return (
    day * MS_PER_DAY + ((fields.hour ?? 0) * 60 + (fields.minute ?? 0)) * MS_PER_MINUTE + (fields.second ?? 0) * 1000
  );
}

function offsetMinutesAt(ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return Math.round((wallClockMs(wholeSecond) - wholeSecond) / MS_PER_MINUTE);
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 or 120 under today's rules). */
export function copenhagenOffsetMinutes(instant: Date): number {
  return offsetMinutesAt(requireValidInstant(instant));
}

/** Writes an offset in minutes as `+01:00` / `-05:30`. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Copenhagen's UTC offset at an instant as `+01:00` or `+02:00`. */
export function copenhagenUtcOffset(instant: Date): string {
  return formatUtcOffset(copenhagenOffsetMinutes(instant));
}

/** The Copenhagen date and time (to the minute) at an instant. */
export function utcToCopenhagen(instant: Date): CopenhagenDateTime {
  const wall = wallClockMs(requireValidInstant(instant));
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const minuteOfDay = Math.floor((wall - dayNumber * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: formatCalendarDate(fromDayNumber(dayNumber)), time: clockTimeFromMinutes(minuteOfDay) };
}

/** Today's date in Copenhagen, from an injected clock so the answer is testable. */
export function todayInCopenhagen(now: Date): string {
  return utcToCopenhagen(now).date;
}

/** The UTC instant of a Copenhagen wall-clock time; see the module note for change days. */
export function copenhagenToUtc(date: string, time: string): TimeResult<CopenhagenInstant, CopenhagenTimeErrorCode> {
  const parts = parseCalendarDate(date);
  if (!parts) {
    return fail(
      'invalid-date',
      `"${date}" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
      `"${date}" is not a valid date (YYYY-MM-DD).`,
    );
  }
  const minuteOfDay = parseClockTime(time);
  if (minuteOfDay === null) {
    return fail(
      'invalid-time',
      `"${time}" er ikke et gyldigt klokkeslæt (TT:MM).`,
      `"${time}" is not a valid time (HH:MM).`,
    );
  }
  const wall = toDayNumber(parts) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Offsets a day either side cover both sides of any change near this wall time.
  const offsets = new Set([offsetMinutesAt(wall - MS_PER_DAY), offsetMinutesAt(wall + MS_PER_DAY)]);
  const matches = [...offsets]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((candidate) => wallClockMs(candidate) === wall)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) {
    return fail(
      'nonexistent-local-time',
      `Klokken ${time} findes ikke i Danmark den ${formatShortDate(date, 'da')}, fordi uret stilles en time frem til sommertid. Vælg et andet tidspunkt.`,
      `${time} does not exist in Denmark on ${formatShortDate(date, 'en')}, because the clocks go forward an hour for summer time. Choose another time.`,
    );
  }
  return {
    ok: true,
    value: { instant: new Date(first), offsetMinutes: offsetMinutesAt(first), repeated: matches.length > 1 },
  };
}

/** Shifts a Copenhagen wall time by elapsed minutes, so a change day's lost or extra hour is counted. */
export function addElapsedMinutesInCopenhagen(
  date: string,
  time: string,
  minutes: number,
): TimeResult<CopenhagenDateTime & { instant: Date }, CopenhagenTimeErrorCode> {
  const start = copenhagenToUtc(date, time);
  if (!start.ok) return start;
  const instant = new Date(start.value.instant.getTime() + minutes * MS_PER_MINUTE);
  return { ok: true, value: { ...utcToCopenhagen(instant), instant } };
}

function fail<T>(
  code: CopenhagenTimeErrorCode,
  message: string,
  messageEn: string,
): TimeResult<T, CopenhagenTimeErrorCode> {
  return { ok: false, error: { code, message, messageEn } };
}
