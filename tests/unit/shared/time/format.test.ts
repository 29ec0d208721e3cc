import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatFriendlyDate,
  formatLongDate,
  formatShortDate,
  formatTime,
  formatTimeRange,
  formatWeekday,
  formatWeekdayDate,
  relativeDayLabel,
} from '../../../../electron/shared/time/format';
import { addDays } from '../../../../electron/shared/time/calendar-date';
import { formatMeetingTimeRange } from '../../../../electron/shared/time/meeting-end';

describe('long and weekday dates', () => {
  it('writes Danish and English long dates', () => {
    expect(formatLongDate('2026-11-22', 'da')).toBe('22. november 2026');
    expect(formatLongDate('2026-11-22', 'en')).toBe('22 November 2026');
    expect(formatLongDate('2026-01-05', 'da')).toBe('5. januar 2026');
  });

  it('uses lower-case Danish month names throughout the year', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatLongDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'da'),
    );
    expect(months.map((text) => text.split(' ')[1])).toEqual([
      'januar',
      'februar',
      'marts',
      'april',
      'maj',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'december',
    ]);
  });

  it('writes the weekday form "søndag den 22. november 2026"', () => {
    expect(formatWeekdayDate('2026-11-22', 'da')).toBe('søndag den 22. november 2026');
    expect(formatWeekdayDate('2026-11-22', 'en')).toBe('Sunday 22 November 2026');
    expect(formatWeekday('2026-11-18', 'da')).toBe('onsdag');
    expect(formatWeekday('2026-11-18', 'en')).toBe('Wednesday');
  });

  it('writes short dates with Danish dots or British slashes', () => {
    expect(formatShortDate('2026-11-22')).toBe('22.11.2026');
    expect(formatShortDate('2026-03-05', 'da')).toBe('05.03.2026');
    expect(formatShortDate('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatShortDate('2026-12-10', 'en')).toBe('10 Dec 2026');
  });

  it('refuses an invalid stored date rather than showing a wrong one', () => {
    expect(() => formatLongDate('2026-02-30', 'da')).toThrow(RangeError);
  });
});

describe('host time zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each([
    ['Pacific/Kiritimati', -840],
    ['America/Santiago', 240],
    ['Pacific/Pago_Pago', 660],
  ])('gives the same dates when the host is in %s', (zone, julyOffset) => {
    process.env.TZ = zone;
    expect(new Date(2026, 6, 1, 12).getTimezoneOffset()).toBe(julyOffset);
    expect(formatLongDate('2026-11-22', 'da')).toBe('22. november 2026');
    expect(formatWeekdayDate('2026-09-06', 'da')).toBe('søndag den 6. september 2026');
  });
});

describe('times', () => {
  it('shows times and ranges with an en dash', () => {
    expect(formatTime('09:30')).toBe('09:30');
    expect(formatTimeRange('09:30', '11:00')).toBe('09:30–11:00');
    expect(formatMeetingTimeRange('09:30', 90)).toBe('09:30–11:00');
    expect(formatMeetingTimeRange('22:00', 120)).toBe('22:00–00:00');
    // With the date, an end in the hour skipped in spring is read forward; a template has no date.
    expect(formatMeetingTimeRange('01:30', 60, '2026-03-29')).toBe('01:30–03:30');
    expect(formatMeetingTimeRange('00:30', 240, '2026-03-29')).toBe('00:30–04:30');
    expect(formatMeetingTimeRange('01:30', 60, '')).toBe('01:30–02:30');
    expect(() => formatTime('24:00')).toThrow(RangeError);
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(90, 'da')).toBe('1 t 30 min');
    expect(formatDuration(90, 'en')).toBe('1 h 30 min');
    expect(formatDuration(45, 'da')).toBe('45 min');
    expect(formatDuration(120, 'da')).toBe('2 t');
    expect(formatDuration(0, 'en')).toBe('0 min');
  });
});

describe('relative day labels', () => {
  const today = '2026-12-31';

  it('names yesterday, today and tomorrow, across a year boundary', () => {
    expect(relativeDayLabel(today, today, 'da')).toBe('i dag');
    expect(relativeDayLabel(addDays(today, 1), today, 'da')).toBe('i morgen');
    expect(relativeDayLabel(addDays(today, -1), today, 'da')).toBe('i går');
    expect(relativeDayLabel(addDays(today, 1), today, 'en')).toBe('tomorrow');
    expect(relativeDayLabel(addDays(today, -1), today, 'en')).toBe('yesterday');
  });

  it('has no label further away, and the friendly form falls back to the weekday date', () => {
    expect(relativeDayLabel(addDays(today, 2), today, 'da')).toBeNull();
    expect(relativeDayLabel(addDays(today, -2), today, 'da')).toBeNull();
    expect(formatFriendlyDate('2027-01-01', today, 'da')).toBe('i morgen');
    expect(formatFriendlyDate('2027-01-03', today, 'da')).toBe('søndag den 3. januar 2027');
  });
});
