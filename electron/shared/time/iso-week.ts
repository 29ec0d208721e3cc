/**
 * ISO 8601 weeks, as Danish calendars number them ("uge 48"): weeks start on Monday and week 1 is
 * the week holding the year's first Thursday, so 1–3 January can belong to the previous year's
 * last week and some years have a week 53.
 */
import { formatCalendarDate, fromDayNumber, isoWeekday, requireCalendarDate, toDayNumber } from './calendar-date';
import type { DisplayLanguage } from './time-result';

/** An ISO week: the week-year can differ from the calendar year around New Year. */
export interface IsoWeek {
  /** ISO week-year, e.g. 2020 for 2021-01-01. */
  year: number;
  /** 1–53. */
  week: number;
}

/** The Monday and Sunday of one ISO week, both `YYYY-MM-DD`. */
export interface IsoWeekRange {
  start: string;
  end: string;
}

/** ISO week number and week-year of a date (`isoWeek('2026-12-31')` → 2026 week 53). */
export function isoWeek(date: string): IsoWeek {
  const dayNumber = toDayNumber(requireCalendarDate(date));
  // The Thursday of the same week decides which year the week belongs to.
  const thursday = dayNumber + 4 - isoWeekday(date);
  const year = fromDayNumber(thursday).year;
  const firstOfYear = toDayNumber({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - firstOfYear) / 7) + 1 };
}

/** Just the ISO week number of a date. */
export function isoWeekNumber(date: string): number {
  return isoWeek(date).week;
}

/** Just the ISO week-year of a date. */
export function isoWeekYear(date: string): number {
  return isoWeek(date).year;
}

/** 53 when the ISO year starts on a Thursday, or on a Wednesday in a leap year; otherwise 52. */
export function weeksInIsoYear(year: number): 52 | 53 {
  const lastWeek = isoWeek(formatCalendarDate({ year, month: 12, day: 28 })).week;
  return lastWeek === 53 ? 53 : 52;
}

/** The Monday that starts the week holding `date`. */
export function weekStart(date: string): string {
  return formatCalendarDate(fromDayNumber(toDayNumber(requireCalendarDate(date)) - isoWeekday(date) + 1));
}

/** The Sunday that ends the week holding `date`. */
export function weekEnd(date: string): string {
  return formatCalendarDate(fromDayNumber(toDayNumber(requireCalendarDate(date)) + 7 - isoWeekday(date)));
}

/** Monday–Sunday of a given ISO week; throws for a week the year does not have. */
export function isoWeekRange(year: number, week: number): IsoWeekRange {
  if (!Number.isInteger(week) || week < 1 || week > weeksInIsoYear(year)) {
    throw new RangeError(`ISO year ${year} has no week ${week}`);
  }
  // 4 January is always in week 1.
  const mondayOfWeekOne = weekStart(formatCalendarDate({ year, month: 1, day: 4 }));
  const start = toDayNumber(requireCalendarDate(mondayOfWeekOne)) + (week - 1) * 7;
  return { start: formatCalendarDate(fromDayNumber(start)), end: formatCalendarDate(fromDayNumber(start + 6)) };
}

/** The week label shown beside dates: "uge 53" in Danish, "week 53" in English. */
export function weekLabel(date: string, language: DisplayLanguage): string {
  return weekNumberLabel(isoWeekNumber(date), language);
}

/** The same label from a week number the caller already has. */
export function weekNumberLabel(week: number, language: DisplayLanguage): string {
  return `${language === 'da' ? 'uge' : 'week'} ${week}`;
}
