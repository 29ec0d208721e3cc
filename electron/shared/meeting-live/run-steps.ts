/**
 * How a run changes when the facilitator presses start, pause, resume, next, previous or end.
 * Each step is pure: it takes the stored run and the instant of the press and returns the new run,
 * or a reason in Danish and English why the step does not apply now.
 */
import type { MeetingRun, RunItem } from '../entities/meeting';
import { runItemOf, type RunAgenda } from './run-clock';

/** Why a step was refused. */
export interface RunStepError {
  code: 'not-running' | 'already-running' | 'ended' | 'no-items' | 'at-edge' | 'not-paused' | 'paused' | 'time-order';
  message: string;
  messageEn: string;
}

export type RunStepResult = { ok: true; run: MeetingRun } | { ok: false; error: RunStepError };

function refuse(code: RunStepError['code'], message: string, messageEn: string): RunStepResult {
  return { ok: false, error: { code, message, messageEn } };
}

/** A new run with every item on its planned minutes and the first item's clock running. */
export function startRun(agenda: RunAgenda, at: string): RunStepResult {
  const first = agenda[0];
  if (!first) {
    return refuse(
      'no-items',
      'Dagsordenen har ingen punkter endnu. Tilføj et punkt, før mødet afvikles.',
      'The agenda has no items yet. Add an item before running the meeting.',
    );
  }
  return {
    ok: true,
    run: {
      startedAt: at,
      endedAt: null,
      pausedAt: null,
      currentItemId: first.id,
      extraMinutes: 0,
      items: agenda.map((item) => ({
        itemId: item.id,
        minutes: item.minutes,
        spans: item.id === first.id ? [{ from: at, to: null }] : [],
      })),
      draft: '',
    },
  };
}

/** Every agenda item has an entry, in agenda order; entries of removed items are kept at the end. */
function withEntries(run: MeetingRun, agenda: RunAgenda): RunItem[] {
  const listed = agenda.map((item) => structuredClone(runItemOf(run, item)));
  const ids = new Set(agenda.map((item) => item.id));
  return [...listed, ...run.items.filter((entry) => !ids.has(entry.itemId)).map((e) => structuredClone(e))];
}

function closeOpenSpans(items: RunItem[], at: string): void {
  for (const entry of items) for (const span of entry.spans) if (span.to === null) span.to = at;
}

/** Checks the run is live and the press is not earlier than what is stored (a clock set back). */
function checkLive(run: MeetingRun, at: string): RunStepResult | null {
  if (run.endedAt !== null) return refuse('ended', 'Mødet er afsluttet.', 'The meeting has ended.');
  const latest = Math.max(
    Date.parse(run.startedAt),
    Date.parse(run.pausedAt ?? run.startedAt),
    ...run.items.flatMap((entry) => entry.spans.flatMap((s) => [Date.parse(s.from), Date.parse(s.to ?? s.from)])),
  );
  if (Date.parse(at) < latest) {
    return refuse(
      'time-order',
      'Uret på computeren går før det tidspunkt, mødet allerede er nået til. Tjek computerens ur.',
      "The computer's clock is behind the time the meeting has already reached. Check the computer's clock.",
    );
  }
  return null;
}

/** Stops the clock. */
export function pauseRun(run: MeetingRun, agenda: RunAgenda, at: string): RunStepResult {
  const problem = checkLive(run, at);
  if (problem) return problem;
  if (run.pausedAt !== null)
    return refuse('paused', 'Mødet er allerede sat på pause.', 'The meeting is already paused.');
  const items = withEntries(run, agenda);
  closeOpenSpans(items, at);
  return { ok: true, run: { ...structuredClone(run), items, pausedAt: at } };
}

/** Starts the clock again on the current item. */
export function resumeRun(run: MeetingRun, agenda: RunAgenda, at: string): RunStepResult {
  const problem = checkLive(run, at);
  if (problem) return problem;
  if (run.pausedAt === null) return refuse('not-paused', 'Uret kører allerede.', 'The clock is already running.');
  const items = withEntries(run, agenda);
  items.find((entry) => entry.itemId === run.currentItemId)?.spans.push({ from: at, to: null });
  return { ok: true, run: { ...structuredClone(run), items, pausedAt: null } };
}

/** Moves to the next (+1) or previous (−1) item; a paused meeting stays paused. */
export function moveRun(run: MeetingRun, agenda: RunAgenda, step: 1 | -1, at: string): RunStepResult {
  const problem = checkLive(run, at);
  if (problem) return problem;
  const index = agenda.findIndex((item) => item.id === run.currentItemId);
  const target = agenda[index + step];
  if (!target) {
    return step === 1
      ? refuse(
          'at-edge',
          'Det er sidste punkt. Afslut mødet, når I er færdige.',
          'This is the last item. End the meeting when you are done.',
        )
      : refuse('at-edge', 'Det er første punkt.', 'This is the first item.');
  }
  const items = withEntries(run, agenda);
  closeOpenSpans(items, at);
  if (run.pausedAt === null) items.find((entry) => entry.itemId === target.id)?.spans.push({ from: at, to: null });
  return { ok: true, run: { ...structuredClone(run), items, currentItemId: target.id } };
}

/** Ends the meeting: every clock stops at the instant of the press. */
export function endRun(run: MeetingRun, agenda: RunAgenda, at: string): RunStepResult {
  const problem = checkLive(run, at);
  if (problem) return problem;
  const items = withEntries(run, agenda);
  closeOpenSpans(items, at);
  return { ok: true, run: { ...structuredClone(run), items, pausedAt: null, endedAt: at } };
}
