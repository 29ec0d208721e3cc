import { describe, expect, it } from 'vitest';
import type { MeetingRun } from '../../../../electron/shared/entities';
import {
  cueFor,
  endRun,
  formatCountdown,
  moveRun,
  pauseRun,
  readRunClock,
  resumeRun,
  startRun,
  wallTimeAt,
  type RunAgenda,
} from '../../../../electron/shared/meeting-live';
import { copenhagenToUtc } from '../../../../electron/shared/time';

const MIN = 60_000;
const agenda: RunAgenda = [
  { id: 'a', minutes: 10, kind: 'orientering' },
  { id: 'b', minutes: 20, kind: 'droeftelse' },
  { id: 'c', minutes: 0, kind: 'orientering' },
  { id: 'd', minutes: 30, kind: 'beslutning' },
];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function started(atMs: number): MeetingRun {
  const result = startRun(agenda, iso(atMs));
  if (!result.ok) throw new Error(result.error.message);
  return result.run;
}

function step(result: ReturnType<typeof startRun>): MeetingRun {
  if (!result.ok) throw new Error(result.error.message);
  return result.run;
}

const T0 = Date.parse('2026-12-03T09:00:00Z');

describe('the live clock reads stored instants', () => {
  it('counts the current item down from its start and places the coming items after it', () => {
    const run = started(T0);
    const clock = readRunClock(run, agenda, 90, T0 + 4 * MIN);
    expect(clock.items[0]).toMatchObject({ state: 'current', elapsedMs: 4 * MIN, leftMs: 6 * MIN, cue: 'ok' });
    expect(clock.items[1]).toMatchObject({ state: 'coming', startMs: T0 + 10 * MIN });
    expect(clock.items[3]?.startMs).toBe(T0 + 30 * MIN);
    expect(clock.expectedEndMs).toBe(T0 + 60 * MIN);
    expect(clock.targetEndMs).toBe(T0 + 90 * MIN);
    expect(clock.meetingLeftMs).toBe(86 * MIN);
    expect(clock.overrunMs).toBe(-30 * MIN);
  });

  it('gives the same figures however often it is read: a reload or a wake after sleep reads the same record', () => {
    const run = started(T0);
    const afterSleep = T0 + 45 * MIN;
    const first = readRunClock(run, agenda, 90, afterSleep);
    const reloaded = readRunClock(JSON.parse(JSON.stringify(run)) as MeetingRun, agenda, 90, afterSleep);
    expect(reloaded).toEqual(first);
    expect(first.items[0]).toMatchObject({ elapsedMs: 45 * MIN, leftMs: -35 * MIN, cue: 'over' });
    // The overrun of the current item pushes the expected end, never the items' own boxes.
    expect(first.expectedEndMs).toBe(afterSleep + 50 * MIN);
  });

  it('stops the item clock during a pause while the meeting clock goes on', () => {
    let run = started(T0);
    run = step(pauseRun(run, agenda, iso(T0 + 3 * MIN)));
    const paused = readRunClock(run, agenda, 90, T0 + 13 * MIN);
    expect(paused.paused).toBe(true);
    expect(paused.items[0]?.elapsedMs).toBe(3 * MIN);
    expect(paused.meetingElapsedMs).toBe(13 * MIN);
    run = step(resumeRun(run, agenda, iso(T0 + 13 * MIN)));
    expect(readRunClock(run, agenda, 90, T0 + 15 * MIN).items[0]?.elapsedMs).toBe(5 * MIN);
  });

  it('adds up every stretch an item ran when the facilitator goes back to it', () => {
    let run = started(T0);
    run = step(moveRun(run, agenda, 1, iso(T0 + 8 * MIN)));
    run = step(moveRun(run, agenda, -1, iso(T0 + 20 * MIN)));
    const clock = readRunClock(run, agenda, 90, T0 + 22 * MIN);
    expect(clock.items[0]).toMatchObject({ state: 'current', elapsedMs: 10 * MIN, cue: 'over' });
    expect(clock.items[1]).toMatchObject({ state: 'coming', elapsedMs: 12 * MIN, leftMs: 8 * MIN });
    // Only what is left of the items still to come counts towards the expected end.
    expect(clock.expectedEndMs).toBe(T0 + 22 * MIN + 8 * MIN + 0 + 30 * MIN);
  });

  it('keeps a paused meeting paused when moving on, and starts the next item on resume', () => {
    let run = started(T0);
    run = step(pauseRun(run, agenda, iso(T0 + MIN)));
    run = step(moveRun(run, agenda, 1, iso(T0 + 2 * MIN)));
    expect(readRunClock(run, agenda, 90, T0 + 9 * MIN).items[1]?.elapsedMs).toBe(0);
    run = step(resumeRun(run, agenda, iso(T0 + 10 * MIN)));
    expect(readRunClock(run, agenda, 90, T0 + 11 * MIN).items[1]?.elapsedMs).toBe(MIN);
  });

  it('freezes every figure at the end', () => {
    let run = started(T0);
    run = step(moveRun(run, agenda, 1, iso(T0 + 12 * MIN)));
    run = step(endRun(run, agenda, iso(T0 + 30 * MIN)));
    const later = readRunClock(run, agenda, 90, T0 + 500 * MIN);
    expect(later.ended).toBe(true);
    expect(later.items.map((i) => i.elapsedMs)).toEqual([12 * MIN, 18 * MIN, 0, 0]);
    expect(later.meetingElapsedMs).toBe(30 * MIN);
  });

  it('refuses steps that do not apply, with Danish and English words', () => {
    const run = started(T0);
    const back = moveRun(run, agenda, -1, iso(T0 + MIN));
    expect(back).toMatchObject({ ok: false, error: { code: 'at-edge' } });
    expect(resumeRun(run, agenda, iso(T0 + MIN))).toMatchObject({ ok: false, error: { code: 'not-paused' } });
    const earlier = pauseRun(run, agenda, iso(T0 - MIN));
    expect(earlier).toMatchObject({ ok: false, error: { code: 'time-order' } });
    if (!earlier.ok) expect(earlier.error.message).toContain('ur');
    expect(startRun([], iso(T0))).toMatchObject({ ok: false, error: { code: 'no-items' } });
    const ended = step(endRun(run, agenda, iso(T0 + MIN)));
    expect(moveRun(ended, agenda, 1, iso(T0 + 2 * MIN))).toMatchObject({ ok: false, error: { code: 'ended' } });
  });
});

describe('cues', () => {
  it('turns at 20 % left, at 5 % left and past the timebox', () => {
    const box = 10 * MIN;
    expect(cueFor(2 * MIN + 1, box)).toBe('ok');
    expect(cueFor(2 * MIN, box)).toBe('soon');
    expect(cueFor(30_001, box)).toBe('soon');
    expect(cueFor(30_000, box)).toBe('last');
    expect(cueFor(1, box)).toBe('last');
    expect(cueFor(0, box)).toBe('over');
    expect(cueFor(-MIN, box)).toBe('over');
  });

  it('reads an item at zero minutes as over as soon as it is on, and never blocks the items after it', () => {
    let run = started(T0);
    run = step(moveRun(run, agenda, 1, iso(T0 + 10 * MIN)));
    run = step(moveRun(run, agenda, 1, iso(T0 + 30 * MIN)));
    const clock = readRunClock(run, agenda, 90, T0 + 30 * MIN);
    expect(clock.items[2]).toMatchObject({ state: 'current', minutes: 0, cue: 'over' });
    expect(clock.items[3]?.startMs).toBe(T0 + 30 * MIN);
  });
});

describe('the wall clock in Copenhagen', () => {
  it('shows an expected end past midnight as the next day', () => {
    const start = copenhagenToUtc('2026-12-03', '23:10');
    if (!start.ok) throw new Error('bad start');
    const run = started(start.value.instant.getTime());
    const clock = readRunClock(run, agenda, 50, start.value.instant.getTime());
    expect(wallTimeAt(clock.expectedEndMs)).toEqual({ date: '2026-12-04', time: '00:10' });
    expect(wallTimeAt(clock.targetEndMs)).toEqual({ date: '2026-12-04', time: '00:00' });
  });

  it('counts elapsed time on the autumn change day, when 02:00–03:00 happens twice', () => {
    const start = copenhagenToUtc('2026-10-25', '01:30');
    if (!start.ok) throw new Error('bad start');
    const startMs = start.value.instant.getTime();
    const run = started(startMs);
    const clock = readRunClock(run, agenda, 120, startMs + 90 * MIN);
    // 90 real minutes after 01:30 summer time the wall clock says 02:00 (winter time), not 03:00.
    expect(wallTimeAt(startMs + 90 * MIN).time).toBe('02:00');
    expect(clock.meetingLeftMs).toBe(30 * MIN);
    expect(wallTimeAt(clock.targetEndMs).time).toBe('02:30');
  });

  it('counts elapsed time on the spring change day, when 02:00–03:00 does not happen', () => {
    const start = copenhagenToUtc('2026-03-29', '01:30');
    if (!start.ok) throw new Error('bad start');
    const startMs = start.value.instant.getTime();
    const clock = readRunClock(started(startMs), agenda, 60, startMs + 40 * MIN);
    expect(clock.items[0]?.leftMs).toBe(-30 * MIN);
    expect(wallTimeAt(clock.targetEndMs).time).toBe('03:30');
    // 40 real minutes after 01:30 the wall clock says 03:10; the 50 coming minutes end at 04:00.
    expect(wallTimeAt(startMs + 40 * MIN).time).toBe('03:10');
    expect(wallTimeAt(clock.expectedEndMs).time).toBe('04:00');
  });
});

describe('the countdown', () => {
  it('writes minutes and seconds, hours when long, and a minus sign once over', () => {
    expect(formatCountdown(10 * MIN)).toBe('10:00');
    expect(formatCountdown(65_500)).toBe('1:06');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-190_000)).toBe('−3:10');
    expect(formatCountdown(62 * MIN + 5000)).toBe('1:02:05');
  });
});
