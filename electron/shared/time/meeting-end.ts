/**
 * Where a meeting ends on the clock, the one rule the Word files, the screens and the .ics share:
 * the start's wall-clock time plus the minutes (a change day's lost or extra hour is not counted),
 * on the next day past midnight. An end that falls in the hour the clocks skip in spring does not
 * exist; it is read forward by that hour, as a calendar reads such a time (RFC 5545), so every
 * place says the time the clock will show.
 */
import { addDays, isCalendarDate } from './calendar-date';
import { clockTimeFromMinutes, MINUTES_PER_DAY, requireClockTime } from './clock-time';
import { copenhagenToUtc } from './copenhagen';
import { formatTime, RANGE_DASH } from './format';

/** A date and clock time in Copenhagen. */
export interface WallClockTime {
  date: string;
  time: string;
}

/** The hour the clocks skip when summer time begins. */
const SPRING_GAP_MINUTES = 60;

/** The end of a meeting starting at `startTime` on `date` and lasting `durationMinutes`. */
export function meetingEnd(date: string, startTime: string, durationMinutes: number): WallClockTime {
  const wall = requireClockTime(startTime) + durationMinutes;
  const end = onDay(date, wall);
  const exists = copenhagenToUtc(end.date, end.time);
  if (exists.ok || exists.error.code !== 'nonexistent-local-time') return end;
  return onDay(date, wall + SPRING_GAP_MINUTES);
}

/**
 * A meeting's clock range, e.g. "09:30–11:00"; an end at midnight shows "00:00". With the date, an
 * end in the spring gap is read forward as `meetingEnd` says; a template has no date.
 */
export function formatMeetingTimeRange(start: string, durationMinutes: number, date?: string): string {
  const end =
    date !== undefined && isCalendarDate(date)
      ? meetingEnd(date, start, durationMinutes).time
      : clockTimeFromMinutes(requireClockTime(start) + durationMinutes);
  return `${formatTime(start)}${RANGE_DASH}${end}`;
}

function onDay(date: string, minutes: number): WallClockTime {
  return { date: addDays(date, Math.floor(minutes / MINUTES_PER_DAY)), time: clockTimeFromMinutes(minutes) };
}
