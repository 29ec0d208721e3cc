import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareCalendarDates,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  isCalendarDate,
  isoWeekday,
  parseCalendarDate,
  toDayNumber,
} from '../../../../electron/shared/time/calendar-date';

const MS_PER_DAY = 86_400_000;

/** Dates between 1900 and 2100 as UTC Date objects, the oracle the day counting is checked against. */
const utcDay = fc.integer({ min: Date.UTC(1900, 0, 1) / MS_PER_DAY, max: Date.UTC(2100, 11, 31) / MS_PER_DAY });

function isoFromUtcDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

describe('parseCalendarDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    expect(parseCalendarDate('2026-11-22')).toEqual({ year: 2026, month: 11, day: 22 });
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    'rejects the impossible date %s',
    (value) => {
      expect(parseCalendarDate(value)).toBeNull();
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each(['2026-1-05', '26-01-05', ' 2026-01-05', '2026-01-05T00:00', '05.01.2026', '', '2026/01/05'])(
    'rejects the malformed text %j',
    (value) => {
      expect(parseCalendarDate(value)).toBeNull();
    },
  );

  it('round-trips every valid date through format', () => {
    fc.assert(
      fc.property(utcDay, (day) => {
        const iso = isoFromUtcDay(day);
        const parts = parseCalendarDate(iso);
        expect(parts).not.toBeNull();
        expect(parts && formatCalendarDate(parts)).toBe(iso);
      }),
    );
  });
});

describe('day numbers', () => {
  it('agree with UTC day counts since 1970', () => {
    fc.assert(
      fc.property(utcDay, (day) => {
        const parts = parseCalendarDate(isoFromUtcDay(day));
        if (!parts) throw new Error('oracle produced an invalid date');
        expect(toDayNumber(parts)).toBe(day);
        expect(fromDayNumber(day)).toEqual(parts);
      }),
    );
  });
});

describe('addDays / daysBetween / compare', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('is consistent with daysBetween for any offset', () => {
    fc.assert(
      fc.property(utcDay, fc.integer({ min: -4000, max: 4000 }), (day, offset) => {
        const from = isoFromUtcDay(day);
        const to = addDays(from, offset);
        expect(to).toBe(isoFromUtcDay(day + offset));
        expect(daysBetween(from, to)).toBe(offset);
        expect(compareCalendarDates(to, from)).toBe(Math.sign(offset));
      }),
    );
  });

  it('refuses fractional days and invalid dates instead of guessing', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-16')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });

  it('matches the JavaScript weekday for any date', () => {
    fc.assert(
      fc.property(utcDay, (day) => {
        const jsDay = new Date(day * MS_PER_DAY).getUTCDay();
        expect(isoWeekday(isoFromUtcDay(day))).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });
});
