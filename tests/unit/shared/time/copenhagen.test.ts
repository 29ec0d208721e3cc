import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addElapsedMinutesInCopenhagen,
  copenhagenOffsetMinutes,
  copenhagenToUtc,
  copenhagenUtcOffset,
  formatUtcOffset,
  todayInCopenhagen,
  utcToCopenhagen,
} from '../../../../electron/shared/time/copenhagen';

const utc = (iso: string): Date => new Date(iso);

function instantOf(date: string, time: string): string {
  const result = copenhagenToUtc(date, time);
  if (!result.ok) throw new Error(result.error.messageEn);
  return result.value.instant.toISOString();
}

describe('offsets', () => {
  it('is +01:00 in winter and +02:00 in summer', () => {
    expect(copenhagenUtcOffset(utc('2026-01-15T12:00:00Z'))).toBe('+01:00');
    expect(copenhagenUtcOffset(utc('2026-07-01T12:00:00Z'))).toBe('+02:00');
    expect(copenhagenOffsetMinutes(utc('2026-11-22T08:30:00Z'))).toBe(60);
  });

  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(copenhagenUtcOffset(utc('2026-03-29T00:59:59Z'))).toBe('+01:00');
    expect(copenhagenUtcOffset(utc('2026-03-29T01:00:00Z'))).toBe('+02:00');
    expect(copenhagenUtcOffset(utc('2026-10-25T00:59:59Z'))).toBe('+02:00');
    expect(copenhagenUtcOffset(utc('2026-10-25T01:00:00Z'))).toBe('+01:00');
  });

  it('formats any offset with sign, hours and minutes', () => {
    expect(formatUtcOffset(60)).toBe('+01:00');
    expect(formatUtcOffset(-330)).toBe('-05:30');
    expect(formatUtcOffset(0)).toBe('+00:00');
  });
});

describe('utcToCopenhagen', () => {
  it('adds the offset in force', () => {
    expect(utcToCopenhagen(utc('2026-11-22T08:30:00Z'))).toEqual({ date: '2026-11-22', time: '09:30' });
    expect(utcToCopenhagen(utc('2026-06-15T07:00:00Z'))).toEqual({ date: '2026-06-15', time: '09:00' });
  });

  it('jumps from 01:59 to 03:00 on the spring change day', () => {
    expect(utcToCopenhagen(utc('2026-03-29T00:59:00Z')).time).toBe('01:59');
    expect(utcToCopenhagen(utc('2026-03-29T01:00:00Z')).time).toBe('03:00');
  });

  it('shows 02:30 twice on the autumn change day', () => {
    expect(utcToCopenhagen(utc('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToCopenhagen(utc('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('refuses an invalid Date', () => {
    expect(() => utcToCopenhagen(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('todayInCopenhagen', () => {
  it('uses the Copenhagen date, not the UTC date, near midnight', () => {
    expect(todayInCopenhagen(utc('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(todayInCopenhagen(utc('2026-11-21T22:59:00Z'))).toBe('2026-11-21');
    expect(todayInCopenhagen(utc('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInCopenhagen(utc('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('copenhagenToUtc', () => {
  it('converts ordinary winter and summer times', () => {
    expect(instantOf('2026-11-22', '09:30')).toBe('2026-11-22T08:30:00.000Z');
    expect(instantOf('2026-06-15', '09:00')).toBe('2026-06-15T07:00:00.000Z');
    expect(instantOf('2026-01-01', '00:00')).toBe('2025-12-31T23:00:00.000Z');
  });

  it('rejects a time in the spring gap (2026-03-29 02:00–02:59) with a typed, Danish-first error', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      const result = copenhagenToUtc('2026-03-29', time);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('nonexistent-local-time');
      expect(result.error.message).toContain('29.03.2026');
      expect(result.error.message).toContain('sommertid');
      expect(result.error.messageEn).toContain('summer time');
    }
  });

  it('accepts the minutes either side of the spring gap', () => {
    expect(instantOf('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(instantOf('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first occurrence in the repeated autumn hour and flags it', () => {
    const result = copenhagenToUtc('2026-10-25', '02:30');
    expect(result).toMatchObject({ ok: true, value: { offsetMinutes: 120, repeated: true } });
    if (result.ok) expect(result.value.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('does not flag times outside the repeated hour', () => {
    const before = copenhagenToUtc('2026-10-25', '01:59');
    const after = copenhagenToUtc('2026-10-25', '03:00');
    expect(before).toMatchObject({ ok: true, value: { offsetMinutes: 120, repeated: false } });
    expect(after).toMatchObject({ ok: true, value: { offsetMinutes: 60, repeated: false } });
    if (after.ok) expect(after.value.instant.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reports malformed input by code', () => {
    expect(copenhagenToUtc('2026-02-30', '09:00')).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(copenhagenToUtc('2026-02-10', '24:00')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
  });

  it('inverts utcToCopenhagen for any minute 2000–2040, choosing the first of a repeated pair', () => {
    const minute = fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 11, 31) / 60_000 });
    fc.assert(
      fc.property(minute, (m) => {
        const instant = new Date(m * 60_000);
        const local = utcToCopenhagen(instant);
        const back = copenhagenToUtc(local.date, local.time);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const diff = instant.getTime() - back.value.instant.getTime();
        expect(diff === 0 || (back.value.repeated && diff === 3_600_000)).toBe(true);
        expect([60, 120]).toContain(back.value.offsetMinutes);
      }),
      { numRuns: 500 },
    );
  });
});

describe('addElapsedMinutesInCopenhagen', () => {
  it('counts the extra autumn hour: 01:30 + 180 min on 2026-10-25 ends 03:30', () => {
    const end = addElapsedMinutesInCopenhagen('2026-10-25', '01:30', 180);
    expect(end).toMatchObject({ ok: true, value: { date: '2026-10-25', time: '03:30' } });
    if (end.ok) expect(end.value.instant.toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('counts the lost spring hour: 01:30 + 60 min on 2026-03-29 ends 03:30', () => {
    expect(addElapsedMinutesInCopenhagen('2026-03-29', '01:30', 60)).toMatchObject({
      ok: true,
      value: { date: '2026-03-29', time: '03:30' },
    });
  });

  it('rolls over to the next date', () => {
    expect(addElapsedMinutesInCopenhagen('2026-12-31', '23:00', 90)).toMatchObject({
      ok: true,
      value: { date: '2027-01-01', time: '00:30' },
    });
  });
});
