import { describe, expect, it } from 'vitest';
import type { MeetingRun } from '../../../../electron/shared/entities';
import {
  adjustCurrentItem,
  moveRun,
  readRunClock,
  startRun,
  type AdjustChoice,
  type RunAgenda,
} from '../../../../electron/shared/meeting-live';

const MIN = 60_000;
const T0 = Date.parse('2026-12-03T09:00:00Z');
const agenda: RunAgenda = [
  { id: 'a', minutes: 10, kind: 'orientering' },
  { id: 'b', minutes: 20, kind: 'droeftelse' },
  { id: 'pause', minutes: 15, kind: 'pause' },
  { id: 'c', minutes: 3, kind: 'beslutning' },
  { id: 'd', minutes: 0, kind: 'orientering' },
];

function run(): MeetingRun {
  const result = startRun(agenda, new Date(T0).toISOString());
  if (!result.ok) throw new Error('no run');
  return result.run;
}

function adjust(source: MeetingRun, delta: number, choice: AdjustChoice) {
  const result = adjustCurrentItem(source, agenda, 60, delta, choice, T0 + MIN);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** A run moved on to the item at `steps`, one minute per step. */
function movedOn(steps: number): MeetingRun {
  let current = run();
  for (let i = 0; i < steps; i += 1) {
    const moved = moveRun(current, agenda, 1, new Date(T0 + (i + 1) * MIN).toISOString());
    if (!moved.ok) throw new Error('no move');
    current = moved.run;
  }
  return current;
}

function boxes(source: MeetingRun): number[] {
  return readRunClock(source, agenda, 60, T0).items.map((item) => item.minutes);
}

describe('+5 / −5 on the current item', () => {
  it('shrinks the coming items from the last one up, skipping breaks and items at zero', () => {
    const { preview, run: next } = adjust(run(), 5, 'following');
    // d has nothing to give, c gives its 3 minutes, the break is left alone, b gives the last 2.
    expect(boxes(next)).toEqual([15, 18, 15, 0, 0]);
    expect(preview.changes).toEqual([
      { itemId: 'a', from: 10, to: 15 },
      { itemId: 'b', from: 20, to: 18 },
      { itemId: 'c', from: 3, to: 0 },
    ]);
    expect(preview).toMatchObject({ delta: 5, spilledMinutes: 0, extraMinutesTo: 0 });
    expect(preview.expectedEndToMs).toBe(preview.expectedEndFromMs);
  });

  it('lets the meeting run longer when the coming items cannot give enough', () => {
    const short: RunAgenda = [
      { id: 'a', minutes: 10, kind: 'orientering' },
      { id: 'b', minutes: 2, kind: 'droeftelse' },
    ];
    const started = startRun(short, new Date(T0).toISOString());
    if (!started.ok) throw new Error('no run');
    const result = adjustCurrentItem(started.run, short, 60, 5, 'following', T0);
    expect(result).toMatchObject({ ok: true, preview: { spilledMinutes: 3, extraMinutesTo: 3 } });
    if (result.ok) expect(result.preview.expectedEndToMs - result.preview.expectedEndFromMs).toBe(3 * MIN);
  });

  it('gives the minutes taken from the current item to the next item that is not a break', () => {
    const { run: next, preview } = adjust(run(), -5, 'following');
    expect(boxes(next)).toEqual([5, 25, 15, 3, 0]);
    expect(preview.expectedEndToMs).toBe(preview.expectedEndFromMs);
  });

  it('makes the meeting longer or shorter, the rest of the agenda untouched', () => {
    const longer = adjust(run(), 5, 'meeting');
    expect(boxes(longer.run)).toEqual([15, 20, 15, 3, 0]);
    expect(longer.preview).toMatchObject({ extraMinutesFrom: 0, extraMinutesTo: 5 });
    expect(longer.preview.expectedEndToMs - longer.preview.expectedEndFromMs).toBe(5 * MIN);
    const clock = readRunClock(longer.run, agenda, 60, T0);
    expect(clock.targetEndMs).toBe(T0 + 65 * MIN);

    const shorter = adjust(run(), -5, 'meeting');
    expect(shorter.preview.extraMinutesTo).toBe(-5);
    expect(readRunClock(shorter.run, agenda, 60, T0).targetEndMs).toBe(T0 + 55 * MIN);
  });

  it('shortens or lengthens the next break, and the meeting runs longer for what the break cannot give', () => {
    expect(boxes(adjust(run(), 5, 'break').run)).toEqual([15, 20, 10, 3, 0]);
    expect(boxes(adjust(run(), -5, 'break').run)).toEqual([5, 20, 20, 3, 0]);
    let longRun = run();
    for (let i = 0; i < 3; i += 1) longRun = adjust(longRun, 5, 'break').run;
    const last = adjust(longRun, 5, 'break');
    expect(boxes(last.run)).toEqual([30, 20, 0, 3, 0]);
    expect(last.preview).toMatchObject({ spilledMinutes: 5, extraMinutesTo: 5 });
  });

  it('refuses the break choice when no break is still to come', () => {
    const late = movedOn(3);
    const result = adjustCurrentItem(late, agenda, 60, 5, 'break', T0 + 5 * MIN);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-break' } });
    if (!result.ok) expect(result.error.message).toContain('pause');
  });

  it('never takes an item below zero minutes: −5 on three minutes is −3, and on zero is refused', () => {
    const late = movedOn(3);
    const result = adjustCurrentItem(late, agenda, 60, -5, 'meeting', T0 + 5 * MIN);
    expect(result).toMatchObject({ ok: true, preview: { delta: -3, extraMinutesTo: -3 } });
    if (!result.ok) return;
    const moved = moveRun(result.run, agenda, 1, new Date(T0 + 6 * MIN).toISOString());
    if (!moved.ok) throw new Error('no move');
    expect(adjustCurrentItem(moved.run, agenda, 60, -5, 'following', T0 + 6 * MIN)).toMatchObject({
      ok: false,
      error: { code: 'nothing-to-change' },
    });
  });

  it('leaves the run it was given untouched, so a preview changes nothing', () => {
    const source = run();
    const copy = structuredClone(source);
    adjust(source, 5, 'following');
    adjust(source, -5, 'break');
    expect(source).toEqual(copy);
  });
});
