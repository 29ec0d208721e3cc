/**
 * ISO 8601 weeks, as Danish calendars number them ("uge 48"): weeks start on Monday and week 1 is
 * the week holding the year's first Thursday, so 1–3 January can belong to the previous year's
 * last week and some years have a week 53.
 */
import { endOfISOWeek, getISOWeek, getISOWeekYear, getISOWeeksInYear, setISOWeek, startOfISOWeek } from 'date-fns';
import { formatCalendarDate, requireCalendarDate } from './calendar-date';
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

/** A calendar date as a local-midnight Date, the form date-fns counts weeks in. */
function asLocalDate(date: string): Date {
  const { year, month, day } = requireCalendarDate(date);
  return new Date(year, month - 1, day);
}

/** A local Date back as `YYYY-MM-DD`. */
function fromLocalDate(date: Date): string {
  return formatCalendarDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** ISO week number and week-year of a date (`isoWeek('2026-12-31')` → 2026 week 53). */
export function isoWeek(date: string): IsoWeek {
  const local = asLocalDate(date);
  return { year: getISOWeekYear(local), week: getISOWeek(local) };
}

/** Just the ISO week number of a date. */
export function isoWeekNumber(date: string): number {
  return getISOWeek(asLocalDate(date));
}

/** Just the ISO week-year of a date. */
export function isoWeekYear(date: string): number {
  return getISOWeekYear(asLocalDate(date));
}

/** 53 when the ISO year starts on a Thursday, or on a Wednesday in a leap year; otherwise 52. */
export function weeksInIsoYear(year: number): 52 | 53 {
  return getISOWeeksInYear(new Date(year, 6, 1)) === 53 ? 53 : 52;
}

/** The Monday that starts the week holding `date`. */
export function weekStart(date: string): string {
  return fromLocalDate(startOfISOWeek(asLocalDate(date)));
}

/** The Sunday that ends the week holding `date`. */
export function weekEnd(date: string): string {
  return fromLocalDate(endOfISOWeek(asLocalDate(date)));
}

/** Monday–Sunday of a given ISO week; throws for a week the year does not have. */
export function isoWeekRange(year: number, week: number): IsoWeekRange {
  if (!Number.isInteger(week) || week < 1 || week > weeksInIsoYear(year)) {
    throw new RangeError(`ISO year ${year} has no week ${week}`);
  }
  // 4 January is always in week 1.
  const monday = startOfISOWeek(setISOWeek(new Date(year, 0, 4), week));
  return { start: fromLocalDate(monday), end: fromLocalDate(endOfISOWeek(monday)) };
}

/** The week label shown beside dates: "uge 53" in Danish, "week 53" in English. */
export function weekLabel(date: string, language: DisplayLanguage): string {
  return weekNumberLabel(isoWeekNumber(date), language);
}

/** The same label from a week number the caller already has. */
export function weekNumberLabel(week: number, language: DisplayLanguage): string {
  return `${language === 'da' ? 'uge' : 'week'} ${week}`;
}
