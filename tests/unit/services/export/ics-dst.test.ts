import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsMeetingProblem } from '../../../../electron/services/export/ics';
import { AppError } from '../../../../electron/shared/app-error';
import { addDays, isoWeekday } from '../../../../electron/shared/time/calendar-date';
import { copenhagenToUtc } from '../../../../electron/shared/time/copenhagen';
import { eventTimes as times, meeting, NOW } from './ics-fixtures';

describe('times around the 2026-10-25 change to winter time', () => {
  it('puts a meeting the day before at +02:00', () => {
    expect(times(buildIcs(meeting({ date: '2026-10-24', startTime: '10:00', durationMinutes: 90 }), NOW))).toEqual({
      start: '2026-10-24T10:00:00',
      end: '2026-10-24T11:30:00',
      startUtc: '2026-10-24T08:00:00.000Z',
      endUtc: '2026-10-24T09:30:00.000Z',
    });
  });

  it('puts a meeting the day after at +01:00', () => {
    expect(times(buildIcs(meeting({ date: '2026-10-26', startTime: '10:00', durationMinutes: 90 }), NOW))).toEqual({
      start: '2026-10-26T10:00:00',
      end: '2026-10-26T11:30:00',
      startUtc: '2026-10-26T09:00:00.000Z',
      endUtc: '2026-10-26T10:30:00.000Z',
    });
  });

  it('reads the end off the wall clock on the change day, as the Word files do: 01:30 + 180 min ends 04:30', () => {
    expect(times(buildIcs(meeting({ date: '2026-10-25', startTime: '01:30', durationMinutes: 180 }), NOW))).toEqual({
      start: '2026-10-25T01:30:00',
      end: '2026-10-25T04:30:00',
      startUtc: '2026-10-24T23:30:00.000Z',
      endUtc: '2026-10-25T03:30:00.000Z',
    });
  });

  it('writes an end in the first pass of the repeated hour in UTC too', () => {
    const text = buildIcs(meeting({ date: '2026-10-25', startTime: '01:00', durationMinutes: 90 }), NOW);
    expect(text).toContain('\r\nDTEND:20261025T003000Z\r\n');
    expect(times(text).endUtc).toBe('2026-10-25T00:30:00.000Z');
  });

  it('starts a meeting in the repeated hour at its first occurrence (+02:00), written in UTC', () => {
    const text = buildIcs(meeting({ date: '2026-10-25', startTime: '02:30', durationMinutes: 60 }), NOW);
    expect(text).toContain('\r\nDTSTART:20261025T003000Z\r\n');
    const { startUtc, endUtc } = times(text);
    expect(startUtc).toBe('2026-10-25T00:30:00.000Z');
    expect(endUtc).toBe('2026-10-25T02:30:00.000Z');
  });
});

describe('times around the 2026-03-29 change to summer time', () => {
  it('reads the end off the wall clock across the lost hour: 00:30 + 240 min ends 04:30', () => {
    expect(times(buildIcs(meeting({ date: '2026-03-29', startTime: '00:30', durationMinutes: 240 }), NOW))).toEqual({
      start: '2026-03-29T00:30:00',
      end: '2026-03-29T04:30:00',
      startUtc: '2026-03-28T23:30:00.000Z',
      endUtc: '2026-03-29T02:30:00.000Z',
    });
  });

  it('reads an end that would fall in the spring gap forward by the lost hour: 01:30 + 60 min ends 03:30', () => {
    const text = buildIcs(meeting({ date: '2026-03-29', startTime: '01:30', durationMinutes: 60 }), NOW);
    expect(text).toContain('\r\nDTEND;TZID=Europe/Copenhagen:20260329T033000\r\n');
    expect(times(text).endUtc).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses a start inside the spring gap with an invalid-input error in Danish', () => {
    const gap = meeting({ date: '2026-03-29', startTime: '02:30' });
    expect(icsMeetingProblem(gap)?.message).toContain('sommertid');
    expect(() => buildIcs(gap, NOW)).toThrow(AppError);
    try {
      buildIcs(gap, NOW);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      if (error instanceof AppError) expect(error.code).toBe('invalid-input');
    }
  });

  it('follows the EU change dates in the VTIMEZONE rules, 2020–2040', () => {
    const lastSunday = (year: number, month: number): string => {
      const last = `${year}-${String(month).padStart(2, '0')}-31`;
      return addDays(last, -(isoWeekday(last) % 7));
    };
    for (let year = 2020; year <= 2040; year += 1) {
      for (const date of [lastSunday(year, 3), lastSunday(year, 10)]) {
        for (const startTime of ['01:59', '03:00']) {
          const expected = copenhagenToUtc(date, startTime);
          if (!expected.ok) throw new Error(expected.error.messageEn);
          expect(times(buildIcs(meeting({ date, startTime, durationMinutes: 30 }), NOW)).startUtc).toBe(
            expected.value.instant.toISOString(),
          );
        }
      }
    }
  });

  it('agrees with the runtime zone data for meetings in any year 2000–2045', () => {
    const localTime = fc.record({
      day: fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2045, 11, 31) / 86_400_000 }),
      minute: fc.integer({ min: 0, max: 1439 }),
    });
    fc.assert(
      fc.property(localTime, ({ day, minute }) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const startTime = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const input = meeting({ date, startTime, durationMinutes: 60 });
        fc.pre(icsMeetingProblem(input) === null);
        const expected = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Copenhagen',
          hourCycle: 'h23',
          hour: '2-digit',
          minute: '2-digit',
        });
        const { startUtc } = times(buildIcs(input, NOW));
        expect(expected.format(new Date(startUtc))).toBe(startTime);
      }),
      { numRuns: 150 },
    );
  });
});
