import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgendaClock } from '../../../../electron/shared/time/agenda-clock';
import { clockTimeFromMinutes, parseClockTime } from '../../../../electron/shared/time/clock-time';

describe('computeAgendaClock', () => {
  it('runs the clock from the start and reports time to spare', () => {
    const result = computeAgendaClock({ startTime: '09:00', durationMinutes: 120, itemMinutes: [15, 30, 45] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((item) => [item.startTime, item.endTime])).toEqual([
      ['09:00', '09:15'],
      ['09:15', '09:45'],
      ['09:45', '10:30'],
    ]);
    expect(result.value).toMatchObject({
      totalMinutes: 90,
      slackMinutes: 30,
      isOver: false,
      meetingEndTime: '11:00',
      agendaEndTime: '10:30',
    });
  });

  it('reports negative slack when the agenda is longer than the meeting', () => {
    const result = computeAgendaClock({ startTime: '13:30', durationMinutes: 120, itemMinutes: [60, 45, 30] });
    expect(result).toMatchObject({
      ok: true,
      value: { totalMinutes: 135, slackMinutes: -15, isOver: true, agendaEndTime: '15:45' },
    });
  });

  it('is not over when the agenda fills the meeting exactly, nor when it is empty', () => {
    expect(computeAgendaClock({ startTime: '10:00', durationMinutes: 60, itemMinutes: [20, 40] })).toMatchObject({
      ok: true,
      value: { slackMinutes: 0, isOver: false },
    });
    expect(computeAgendaClock({ startTime: '10:00', durationMinutes: 60, itemMinutes: [] })).toMatchObject({
      ok: true,
      value: { items: [], totalMinutes: 0, slackMinutes: 60, agendaEndTime: '10:00' },
    });
  });

  it('rejects a meeting that would cross midnight, in Danish and English', () => {
    const result = computeAgendaClock({ startTime: '23:00', durationMinutes: 90, itemMinutes: [30] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('meeting-crosses-midnight');
    expect(result.error.message).toContain('midnat');
    expect(result.error.message).toContain('00:30');
    expect(result.error.messageEn).toContain('midnight');
  });

  it('allows a meeting that ends exactly at midnight', () => {
    expect(computeAgendaClock({ startTime: '22:00', durationMinutes: 120, itemMinutes: [120] })).toMatchObject({
      ok: true,
      value: { meetingEndTime: '00:00', slackMinutes: 0 },
    });
  });

  it('rejects an agenda that runs past midnight and names the item', () => {
    const result = computeAgendaClock({ startTime: '22:00', durationMinutes: 120, itemMinutes: [60, 90] });
    expect(result).toMatchObject({ ok: false, error: { code: 'agenda-crosses-midnight', itemIndex: 1 } });
  });

  it.each([
    [{ startTime: '24:00', durationMinutes: 60, itemMinutes: [] }, 'invalid-start-time'],
    [{ startTime: '9:00', durationMinutes: 60, itemMinutes: [] }, 'invalid-start-time'],
    [{ startTime: '09:00', durationMinutes: -5, itemMinutes: [] }, 'invalid-duration'],
    [{ startTime: '09:00', durationMinutes: 1.5, itemMinutes: [] }, 'invalid-duration'],
    [{ startTime: '09:00', durationMinutes: 1441, itemMinutes: [] }, 'invalid-duration'],
    [{ startTime: '09:00', durationMinutes: 60, itemMinutes: [10, -1] }, 'invalid-item-minutes'],
    [{ startTime: '09:00', durationMinutes: 60, itemMinutes: [10, Number.NaN] }, 'invalid-item-minutes'],
    [{ startTime: '09:00', durationMinutes: 60, itemMinutes: [2.5] }, 'invalid-item-minutes'],
  ])('rejects invalid input %j as %s', (input, code) => {
    const result = computeAgendaClock(input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('keeps items back to back and the totals consistent for any daytime agenda', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6 * 60, max: 16 * 60 }),
        fc.integer({ min: 0, max: 240 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        (start, duration, items) => {
          const startTime = clockTimeFromMinutes(start);
          const result = computeAgendaClock({ startTime, durationMinutes: duration, itemMinutes: items });
          if (!result.ok) throw new Error(result.error.messageEn);
          const clock = result.value;
          const total = items.reduce((sum, minutes) => sum + minutes, 0);
          expect(clock.totalMinutes).toBe(total);
          expect(clock.slackMinutes).toBe(duration - total);
          expect(clock.isOver).toBe(total > duration);
          clock.items.forEach((item, i) => {
            expect(item.startTime).toBe(i === 0 ? startTime : clock.items[i - 1]?.endTime);
            expect(parseClockTime(item.endTime)).toBe(start + item.endOffsetMinutes);
          });
          expect(clock.agendaEndTime).toBe(clock.items.at(-1)?.endTime ?? startTime);
        },
      ),
    );
  });
});
