import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockTimeFromMinutes,
  compareClockTimes,
  isClockTime,
  parseClockTime,
} from '../../../../electron/shared/time/clock-time';

describe('parseClockTime', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('23:59')).toBe(1439);
  });

  it.each(['24:00', '25:61', '12:60', '9:30', '09:5', '0930', '09.30', '09:30:00', ' 09:30', '', '-1:00'])(
    'rejects %j',
    (value) => {
      expect(parseClockTime(value)).toBeNull();
      expect(isClockTime(value)).toBe(false);
    },
  );
});

describe('clockTimeFromMinutes', () => {
  it('round-trips every minute of the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseClockTime(clockTimeFromMinutes(minutes))).toBe(minutes);
      }),
    );
  });

  it('shows an end exactly at midnight as 00:00 and rejects negative or fractional minutes', () => {
    expect(clockTimeFromMinutes(1440)).toBe('00:00');
    expect(() => clockTimeFromMinutes(-1)).toThrow(RangeError);
    expect(() => clockTimeFromMinutes(1.5)).toThrow(RangeError);
  });
});

describe('compareClockTimes', () => {
  it('orders by time of day, not by text', () => {
    expect(compareClockTimes('09:30', '10:00')).toBe(-1);
    expect(compareClockTimes('23:00', '08:00')).toBe(1);
    expect(compareClockTimes('12:00', '12:00')).toBe(0);
  });
});
