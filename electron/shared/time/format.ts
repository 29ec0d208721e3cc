/**
 * Danish-first display of dates and times. Dates are built at local noon from their parts only to
 * feed date-fns' locale tables; noon keeps any host zone's midnight DST jump from moving the day.
 */
import { format } from 'date-fns';
import { da } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';
import { daysBetween, requireCalendarDate } from './calendar-date';
import { clockTimeFromMinutes, requireClockTime } from './clock-time';
import type { DisplayLanguage } from './time-result';

/** En dash, the typographic range sign in both Danish and English. */
export const RANGE_DASH = '–';

function displayDate(date: string): Date {
  const { year, month, day } = requireCalendarDate(date);
  const local = new Date(2000, month - 1, day, 12);
  local.setFullYear(year);
  return local;
}

/** "22. november 2026" (da) / "22 November 2026" (en). */
export function formatLongDate(date: string, language: DisplayLanguage): string {
  return language === 'da'
    ? format(displayDate(date), 'd. MMMM yyyy', { locale: da })
    : format(displayDate(date), 'd MMMM yyyy', { locale: enGB });
}

/** "søndag den 22. november 2026" (da) / "Sunday 22 November 2026" (en). */
export function formatWeekdayDate(date: string, language: DisplayLanguage): string {
  return language === 'da'
    ? format(displayDate(date), "EEEE 'den' d. MMMM yyyy", { locale: da })
    : format(displayDate(date), 'EEEE d MMMM yyyy', { locale: enGB });
}

/** The weekday alone: "søndag" / "Sunday". */
export function formatWeekday(date: string, language: DisplayLanguage): string {
  return format(displayDate(date), 'EEEE', { locale: language === 'da' ? da : enGB });
}

/** "22.11.2026" (da) / "22 Nov 2026" (en: the month spelled, as "10/12" is read both ways by English readers). */
export function formatShortDate(date: string, language: DisplayLanguage = 'da'): string {
  const { year, month, day } = requireCalendarDate(date);
  if (language === 'en') return format(displayDate(date), 'd MMM yyyy', { locale: enGB });
  return [String(day).padStart(2, '0'), String(month).padStart(2, '0'), String(year).padStart(4, '0')].join('.');
}

/** A stored `HH:MM` as shown; validates so a corrupt value is caught where it is displayed. */
export function formatTime(time: string): string {
  return clockTimeFromMinutes(requireClockTime(time));
}

/** "09:30–11:00". */
export function formatTimeRange(start: string, end: string): string {
  return `${formatTime(start)}${RANGE_DASH}${formatTime(end)}`;
}

/** "1 t 30 min" (da) / "1 h 30 min" (en); "45 min" under an hour. */
export function formatDuration(minutes: number, language: DisplayLanguage): string {
  if (!Number.isInteger(minutes) || minutes < 0)
    throw new RangeError(`Duration must be a non-negative whole number: ${minutes}`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourUnit = language === 'da' ? 't' : 'h';
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} ${hourUnit}` : `${hours} ${hourUnit} ${rest} min`;
}

/** "i dag" / "i morgen" / "i går" (or English) when `date` is next to `today`; otherwise null. */
export function relativeDayLabel(date: string, today: string, language: DisplayLanguage): string | null {
  const offset = daysBetween(today, date);
  const labels: Record<DisplayLanguage, Record<number, string>> = {
    da: { [-1]: 'i går', 0: 'i dag', 1: 'i morgen' },
    en: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
  };
  return labels[language][offset] ?? null;
}

/** The relative label when there is one, else the weekday form: what lists of meetings show. */
export function formatFriendlyDate(date: string, today: string, language: DisplayLanguage): string {
  return relativeDayLabel(date, today, language) ?? formatWeekdayDate(date, language);
}
