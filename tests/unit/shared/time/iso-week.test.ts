import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../electron/shared/time/calendar-date';
import {
  isoWeek,
  isoWeekRange,
  weekEnd,
  weekLabel,
  weekNumberLabel,
  weeksInIsoYear,
  weekStart,
} from '../../../../electron/shared/time/iso-week';

const MS_PER_DAY = 86_400_000;

describe('isoWeek', () => {
  it.each([
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2020-12-31', 2020, 53],
    ['2021-01-01', 2020, 53],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2032-12-31', 2032, 53],
    ['2033-01-02', 2032, 53],
    ['2025-12-29', 2026, 1],
    ['2026-01-01', 2026, 1],
    ['2024-12-30', 2025, 1],
    ['2022-01-01', 2021, 52],
    ['2026-11-26', 2026, 48],
  ])('%s is in ISO week-year %i week %i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('agrees with date-fns for any date from 1950 to 2100', () => {
    const day = fc.integer({ min: Date.UTC(1950, 0, 1) / MS_PER_DAY, max: Date.UTC(2100, 11, 31) / MS_PER_DAY });
    fc.assert(
      fc.property(day, (n) => {
        const utc = new Date(n * MS_PER_DAY);
        const iso = utc.toISOString().slice(0, 10);
        const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12);
        expect(isoWeek(iso)).toEqual({ year: getISOWeekYear(local), week: getISOWeek(local) });
      }),
    );
  });
});

describe('weeksInIsoYear', () => {
  it.each([2004, 2009, 2015, 2020, 2026, 2032, 2037])('%i has 53 weeks', (year) => {
    expect(weeksInIsoYear(year)).toBe(53);
  });

  it.each([2021, 2024, 2025, 2027, 2031])('%i has 52 weeks', (year) => {
    expect(weeksInIsoYear(year)).toBe(52);
  });
});

describe('week bounds', () => {
  it('runs Monday to Sunday around the given date', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekEnd('2026-11-22')).toBe('2026-11-22');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekEnd('2027-01-01')).toBe('2027-01-03');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('gives the range of a numbered week, including week 53 and a week 1 that starts in December', () => {
    expect(isoWeekRange(2026, 53)).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(isoWeekRange(2026, 1)).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(isoWeekRange(2020, 53)).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(() => isoWeekRange(2027, 53)).toThrow(RangeError);
    expect(() => isoWeekRange(2026, 0)).toThrow(RangeError);
  });

  it('places every day of a week range in that week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 53 }), (year, week) => {
        fc.pre(week <= weeksInIsoYear(year));
        const { start, end } = isoWeekRange(year, week);
        expect(addDays(start, 6)).toBe(end);
        for (let i = 0; i < 7; i += 1) expect(isoWeek(addDays(start, i))).toEqual({ year, week });
      }),
    );
  });
});

describe('weekLabel', () => {
  it('says "uge" in Danish and "week" in English', () => {
    expect(weekLabel('2026-12-31', 'da')).toBe('uge 53');
    expect(weekLabel('2026-12-31', 'en')).toBe('week 53');
    expect(weekLabel('2026-11-26', 'da')).toBe('uge 48');
    expect(weekNumberLabel(7, 'en')).toBe('week 7');
  });
});
