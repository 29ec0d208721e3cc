/**
 * The VTIMEZONE for Europe/Copenhagen and the DATE-TIME forms used with it. The rules are the EU
 * summer-time rules Denmark follows: +02:00 from 02:00 on the last Sunday of March, back to
 * +01:00 at 03:00 (summer time) on the last Sunday of October. Each observance starts on the first
 * date its rule held (1981 for the March rule, 1996 for the October one), so no reader is told a
 * rule applied before it did.
 */
import { COPENHAGEN_TIME_ZONE } from '../../shared/time/copenhagen';
import { requireCalendarDate } from '../../shared/time/calendar-date';
import { requireClockTime } from '../../shared/time/clock-time';

/** The TZID every DTSTART/DTEND in our files refers to. */
export const ICS_TZID = COPENHAGEN_TIME_ZONE;

/** Content lines of the Europe/Copenhagen VTIMEZONE, unfolded (all are short). */
export const COPENHAGEN_VTIMEZONE_LINES: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  `X-LIC-LOCATION:${ICS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A Copenhagen wall time as the local DATE-TIME form `20261025T013000` (used with TZID). */
export function formatIcsLocalDateTime(date: string, time: string): string {
  const { year, month, day } = requireCalendarDate(date);
  const minutes = requireClockTime(time);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** An instant as the UTC DATE-TIME form `20261025T013000Z` (DTSTAMP, and DTEND when local time is ambiguous). */
export function formatIcsUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date passed to the .ics writer');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
