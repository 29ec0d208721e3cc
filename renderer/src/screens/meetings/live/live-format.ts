import type { MeetingRun } from '$shared/entities';
import type { TimeCue } from '$shared/meeting-live';
import { formatCountdown, wallTimeAt } from '$shared/meeting-live';
import { t } from '../../../lib/i18n/i18n.svelte';

/** The words for a cue: colour is never the only sign. */
export function cueText(cue: TimeCue): string {
  return t(`live.cue.${cue}`);
}

/** A countdown without its minus sign, for "over time by …". */
export function countdown(ms: number): string {
  return formatCountdown(Math.abs(ms) < 1000 ? 0 : Math.abs(ms));
}

/** "10:45", or "00:20 næste dag" when the instant falls on a later day than the run started. */
export function wallClock(ms: number, startDate: string): string {
  const wall = wallTimeAt(ms);
  return wall.date > startDate ? `${wall.time} ${t('live.meeting.nextDay')}` : wall.time;
}

/** Whole minutes, rounded, for "5 min behind plan". */
export function roundMinutes(ms: number): number {
  return Math.round(Math.abs(ms) / 60_000);
}

/** The Copenhagen day the run started, to tell when an end falls on the next day. */
export function runStartDate(run: Pick<MeetingRun, 'startedAt'>): string {
  return wallTimeAt(Date.parse(run.startedAt)).date;
}
