/**
 * The live meeting's clock, read from stored instants only: an item's elapsed time is the sum of
 * the stretches it ran, the meeting's from its start. No count is ever kept, so a laptop that slept,
 * a reload or a second window all read the same figures from the same record. Pure: "now" is passed in.
 */
import type { AgendaItem, MeetingRun, RunItem, RunSpan } from '../entities/meeting';

export const MS_PER_MINUTE = 60_000;

/** How close an item is to its timebox: plenty, 20 % left, 5 % left, past it. */
export type TimeCue = 'ok' | 'soon' | 'last' | 'over';

/** Share of the timebox left when the cue turns to 'soon' and to 'last'. */
export const CUE_SOON_SHARE = 0.2;
export const CUE_LAST_SHARE = 0.05;

/** The instants of a run, which is all the clock reads (the projector gets no more). */
export type RunTimes = Omit<MeetingRun, 'draft'>;

/** The agenda as the clock needs it: ids, timeboxes and which items are breaks. */
export type RunAgenda = ReadonlyArray<Pick<AgendaItem, 'id' | 'minutes' | 'kind'>>;

/** One agenda item on the live clock. */
export interface ItemClock {
  itemId: string;
  index: number;
  /** The timebox now, in minutes (planned, or changed while running). */
  minutes: number;
  /** The timebox in the plan. */
  plannedMinutes: number;
  elapsedMs: number;
  /** Timebox minus elapsed; negative once over. */
  leftMs: number;
  cue: TimeCue;
  state: 'done' | 'current' | 'coming';
  /** Instant it is expected to start (coming), or started first (done/current); null for done items never run. */
  startMs: number | null;
}

/** The whole meeting on the live clock. */
export interface RunClock {
  items: ItemClock[];
  currentIndex: number;
  paused: boolean;
  ended: boolean;
  /** Since the start, pauses included: the wall clock. */
  meetingElapsedMs: number;
  /** Start + planned length + minutes added while running. */
  targetEndMs: number;
  meetingLeftMs: number;
  /** When the meeting ends if every coming item keeps its timebox. */
  expectedEndMs: number;
  /** Expected end minus target end: positive = running late. */
  overrunMs: number;
}

function ms(instant: string): number {
  return Date.parse(instant);
}

/** Time a list of stretches ran up to `nowMs`. */
export function spansElapsedMs(spans: readonly RunSpan[], nowMs: number): number {
  let total = 0;
  for (const span of spans) total += Math.max(0, (span.to === null ? nowMs : ms(span.to)) - ms(span.from));
  return total;
}

/** The run's entry for an agenda item; an item added after the start runs on its planned minutes. */
export function runItemOf(run: RunTimes, item: Pick<AgendaItem, 'id' | 'minutes'>): RunItem {
  return run.items.find((r) => r.itemId === item.id) ?? { itemId: item.id, minutes: item.minutes, spans: [] };
}

/** The cue for an item's time left against its timebox; a zero-minute item is over as soon as it is on. */
export function cueFor(leftMs: number, boxMs: number): TimeCue {
  if (leftMs <= 0) return 'over';
  if (leftMs <= boxMs * CUE_LAST_SHARE) return 'last';
  if (leftMs <= boxMs * CUE_SOON_SHARE) return 'soon';
  return 'ok';
}

/** Index of the current item in the agenda, or -1. */
export function currentIndexOf(run: RunTimes, agenda: RunAgenda): number {
  return run.currentItemId === null ? -1 : agenda.findIndex((item) => item.id === run.currentItemId);
}

/** Reads every figure of a run at an instant. */
export function readRunClock(run: RunTimes, agenda: RunAgenda, durationMinutes: number, nowMs: number): RunClock {
  const at = run.endedAt !== null ? ms(run.endedAt) : nowMs;
  const currentIndex = currentIndexOf(run, agenda);
  const items: ItemClock[] = [];
  let cursor = at;
  for (const [index, item] of agenda.entries()) {
    const entry = runItemOf(run, item);
    const elapsedMs = spansElapsedMs(entry.spans, at);
    const leftMs = entry.minutes * MS_PER_MINUTE - elapsedMs;
    const state = run.endedAt !== null || index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'coming';
    const firstSpan = entry.spans[0];
    let startMs: number | null = firstSpan ? ms(firstSpan.from) : null;
    if (state === 'current' || state === 'coming') {
      if (state === 'coming') startMs = cursor;
      cursor += Math.max(0, leftMs);
    }
    items.push({
      itemId: item.id,
      index,
      minutes: entry.minutes,
      plannedMinutes: item.minutes,
      elapsedMs,
      leftMs,
      cue: cueFor(leftMs, entry.minutes * MS_PER_MINUTE),
      state,
      startMs,
    });
  }
  const startedMs = ms(run.startedAt);
  const targetEndMs = startedMs + Math.max(0, durationMinutes + run.extraMinutes) * MS_PER_MINUTE;
  return {
    items,
    currentIndex,
    paused: run.pausedAt !== null,
    ended: run.endedAt !== null,
    meetingElapsedMs: at - startedMs,
    targetEndMs,
    meetingLeftMs: targetEndMs - at,
    expectedEndMs: cursor,
    overrunMs: cursor - targetEndMs,
  };
}

/** Actual minutes an item took, rounded to the nearest minute: for "planned vs actual". */
export function actualMinutes(entry: RunItem, nowMs: number): number {
  return Math.round(spansElapsedMs(entry.spans, nowMs) / MS_PER_MINUTE);
}
