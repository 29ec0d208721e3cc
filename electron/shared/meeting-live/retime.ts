/**
 * +5 / −5 minutes on the current item, and who gives or takes the difference:
 * - 'following': the coming items (not breaks) shrink, the last one first, none below zero; taking
 *   time away gives it to the next item.
 * - 'meeting': the meeting runs longer (or shorter).
 * - 'break': the next break shrinks (or grows).
 * What the coming items or the break cannot absorb makes the meeting longer, and the preview says so.
 * The preview is exactly what applying does, so the screen can show it before anything changes.
 */
import type { MeetingRun } from '../entities/meeting';
import { currentIndexOf, readRunClock, runItemOf, type RunAgenda } from './run-clock';

/** Who gives the time. */
export type AdjustChoice = 'following' | 'meeting' | 'break';

export const ADJUST_CHOICES: readonly AdjustChoice[] = ['following', 'meeting', 'break'];

/** One item's timebox before and after. */
export interface TimeboxChange {
  itemId: string;
  from: number;
  to: number;
}

/** What an adjustment would do. */
export interface AdjustPreview {
  choice: AdjustChoice;
  /** Minutes the current item actually gains (negative: loses); −5 on a 3-minute item is −3. */
  delta: number;
  changes: TimeboxChange[];
  extraMinutesFrom: number;
  extraMinutesTo: number;
  /** Minutes the chosen items could not absorb, added to the meeting instead. */
  spilledMinutes: number;
  expectedEndFromMs: number;
  expectedEndToMs: number;
}

export type AdjustResult = { ok: true; preview: AdjustPreview; run: MeetingRun } | { ok: false; error: AdjustError };

export interface AdjustError {
  code: 'no-current' | 'no-break' | 'nothing-to-change';
  message: string;
  messageEn: string;
}

function refuse(code: AdjustError['code'], message: string, messageEn: string): AdjustResult {
  return { ok: false, error: { code, message, messageEn } };
}

/** Whether a choice can be used now: 'break' needs a break still to come. */
export function nextBreakIndex(run: MeetingRun, agenda: RunAgenda): number {
  const current = currentIndexOf(run, agenda);
  if (current < 0) return -1;
  return agenda.findIndex((item, index) => index > current && item.kind === 'pause');
}

/** Works out an adjustment and the run it would give; applying is storing `run`. */
export function adjustCurrentItem(
  run: MeetingRun,
  agenda: RunAgenda,
  durationMinutes: number,
  requested: number,
  choice: AdjustChoice,
  nowMs: number,
): AdjustResult {
  const current = currentIndexOf(run, agenda);
  const currentItem = agenda[current];
  if (run.endedAt !== null || !currentItem) {
    return refuse('no-current', 'Der er intet punkt i gang.', 'No item is under way.');
  }
  const boxes = agenda.map((item) => runItemOf(run, item).minutes);
  const before = [...boxes];
  const delta = Math.max(-(boxes[current] ?? 0), requested);
  if (delta === 0) {
    return refuse('nothing-to-change', 'Punktet har ingen minutter at give af.', 'The item has no minutes to give.');
  }
  boxes[current] = (boxes[current] ?? 0) + delta;
  let spilled = 0;
  let extra = run.extraMinutes;

  if (choice === 'meeting') {
    extra += delta;
  } else if (choice === 'break') {
    const breakIndex = nextBreakIndex(run, agenda);
    if (breakIndex < 0) {
      return refuse('no-break', 'Der er ingen pause senere på dagsordenen.', 'There is no break later on the agenda.');
    }
    const box = boxes[breakIndex] ?? 0;
    const taken = Math.min(box, delta);
    boxes[breakIndex] = box - taken;
    spilled = delta - taken;
  } else if (delta < 0) {
    const next = agenda.findIndex((item, index) => index > current && item.kind !== 'pause');
    if (next >= 0) boxes[next] = (boxes[next] ?? 0) - delta;
  } else {
    let owed = delta;
    for (let index = agenda.length - 1; index > current && owed > 0; index -= 1) {
      if (agenda[index]?.kind === 'pause') continue;
      const taken = Math.min(boxes[index] ?? 0, owed);
      boxes[index] = (boxes[index] ?? 0) - taken;
      owed -= taken;
    }
    spilled = owed;
  }
  extra += spilled;

  const next: MeetingRun = structuredClone(run);
  next.extraMinutes = extra;
  next.items = agenda.map((item, index) => ({ ...structuredClone(runItemOf(run, item)), minutes: boxes[index] ?? 0 }));
  const ids = new Set(agenda.map((item) => item.id));
  next.items.push(...structuredClone(run.items.filter((entry) => !ids.has(entry.itemId))));

  const changes = agenda.flatMap((item, index) =>
    before[index] === boxes[index] ? [] : [{ itemId: item.id, from: before[index] ?? 0, to: boxes[index] ?? 0 }],
  );
  return {
    ok: true,
    run: next,
    preview: {
      choice,
      delta,
      changes,
      extraMinutesFrom: run.extraMinutes,
      extraMinutesTo: extra,
      spilledMinutes: spilled,
      expectedEndFromMs: readRunClock(run, agenda, durationMinutes, nowMs).expectedEndMs,
      expectedEndToMs: readRunClock(next, agenda, durationMinutes, nowMs).expectedEndMs,
    },
  };
}
