/**
 * How long each item of a run really took, beside its plan: shown when the meeting ends, and kept
 * as the timeboxes of a template so the next meeting is planned from what the last one needed.
 */
import { AGENDA_ITEM_MINUTES, MEETING_DURATION, type AgendaItem, type MeetingRun } from '../entities';
import { actualMinutes, runItemOf } from './run-clock';

export interface ItemTiming {
  itemId: string;
  planned: number;
  /** Whole minutes, within what an agenda item may hold. */
  actual: number;
}

/** Planned and actual minutes per item, in agenda order, measured up to the run's end (or its start). */
export function itemTimings(agenda: readonly AgendaItem[], run: MeetingRun): ItemTiming[] {
  const endMs = Date.parse(run.endedAt ?? run.startedAt);
  return agenda.map((item) => ({
    itemId: item.id,
    planned: item.minutes,
    actual: Math.min(AGENDA_ITEM_MINUTES.max, actualMinutes(runItemOf(run, item), endMs)),
  }));
}

/** A meeting length that holds the given item minutes, within what a meeting may last. */
export function durationHolding(minutes: readonly number[]): number {
  const total = minutes.reduce((sum, m) => sum + m, 0);
  return Math.max(MEETING_DURATION.min, Math.min(MEETING_DURATION.max, total));
}
