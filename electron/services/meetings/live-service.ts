import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { AppError, notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import type { MeetingProjection } from '../../shared/contract/meeting-live';
import { meetingRunSchema, type Meeting, type MeetingRun } from '../../shared/entities';
import {
  adjustCurrentItem,
  endRun,
  moveRun,
  pauseRun,
  resumeRun,
  startRun,
  type RunStepResult,
} from '../../shared/meeting-live';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import { changeMeeting, requireMeeting } from './meeting-records';
import { newActionItem } from './opsamling-service';

type Step = (run: MeetingRun, meeting: Meeting, at: string) => RunStepResult;

/** Runs a meeting live: every press is stored as an instant on the meeting's run, every capture at once. */
export class LiveMeetingService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Starts the run on the first item; a meeting already running is handed back as it is. */
  start({ id, at }: ValidInputOf<'live:start'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      assertRunnable(draft);
      if (draft.run && draft.run.endedAt === null) return;
      if (draft.run) {
        throw new AppError(
          'conflict',
          'Mødet er allerede afviklet. Dets tider og noter er gemt under Opsamling.',
          'The meeting has already been run. Its times and notes are kept under Opsamling.',
        );
      }
      draft.run = unwrap(startRun(draft.agenda, at));
    });
  }

  pause({ id, at }: ValidInputOf<'live:pause'>): Promise<Meeting> {
    return this.#step(id, at, (run, meeting, when) => pauseRun(run, meeting.agenda, when));
  }

  resume({ id, at }: ValidInputOf<'live:resume'>): Promise<Meeting> {
    return this.#step(id, at, (run, meeting, when) => resumeRun(run, meeting.agenda, when));
  }

  next({ id, at }: ValidInputOf<'live:next'>): Promise<Meeting> {
    return this.#step(id, at, (run, meeting, when) => moveRun(run, meeting.agenda, 1, when));
  }

  previous({ id, at }: ValidInputOf<'live:previous'>): Promise<Meeting> {
    return this.#step(id, at, (run, meeting, when) => moveRun(run, meeting.agenda, -1, when));
  }

  /** +/− minutes on the current item, worked out by the same rule the screen previews with. */
  adjust({ id, minutes, choice, at }: ValidInputOf<'live:adjust'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const run = requireLiveRun(draft);
      const result = adjustCurrentItem(run, draft.agenda, draft.durationMinutes, minutes, choice, Date.parse(at));
      if (!result.ok) throw new AppError('invalid-input', result.error.message, result.error.messageEn);
      // The stored shape bounds every timebox and the extra length to a day.
      if (!v.safeParse(meetingRunSchema, result.run).success) {
        throw new AppError(
          'invalid-input',
          'Et punkt eller mødet kan højst forlænges til et døgn.',
          'An item or the meeting can be made at most a day long.',
        );
      }
      draft.run = result.run;
    });
  }

  /** Saves a note, decision or task under an agenda item of this meeting. */
  capture({ id, itemId, kind, text, ownerId, dueDate, at }: ValidInputOf<'live:capture'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      if (!draft.agenda.some((item) => item.id === itemId)) throw notFound('Dagsordenspunktet', 'The agenda item');
      if (kind === 'note') {
        draft.itemNotes = [...draft.itemNotes, { id: randomUUID(), agendaItemId: itemId, text, createdAt: at }];
      } else if (kind === 'decision') {
        draft.decisions.push({ id: randomUUID(), text, agendaItemId: itemId });
      } else {
        if (text.length > 200) {
          throw new AppError(
            'invalid-input',
            'En opgave kan højst fylde 200 tegn. Skriv resten som en note.',
            'A task can be at most 200 characters. Write the rest as a note.',
          );
        }
        draft.actions.push(newActionItem(draft, { text, ownerId, dueDate }, itemId));
      }
    });
  }

  updateNote({ id, noteId, text }: ValidInputOf<'live:update-note'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const note = draft.itemNotes.find((n) => n.id === noteId);
      if (!note) throw notFound('Noten', 'The note');
      note.text = text;
    });
  }

  removeNote({ id, noteId }: ValidInputOf<'live:remove-note'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      if (!draft.itemNotes.some((n) => n.id === noteId)) throw notFound('Noten', 'The note');
      draft.itemNotes = draft.itemNotes.filter((n) => n.id !== noteId);
    });
  }

  /** Keeps the capture line's unsent text on the run. */
  saveDraft({ id, draft: text }: ValidInputOf<'live:save-draft'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      requireLiveRun(draft).draft = text;
    });
  }

  /** Ends the run and marks the meeting held; the spans are the actual times. */
  end({ id, at }: ValidInputOf<'live:end'>): Promise<Meeting> {
    return this.#step(
      id,
      at,
      (run, meeting, when) => endRun(run, meeting.agenda, when),
      (draft) => {
        draft.status = 'held';
        if (draft.run) draft.run.draft = '';
      },
    );
  }

  /** The public view of a meeting for the projector. */
  projection(id: string): MeetingProjection {
    const meeting = requireMeeting(this.ctx.store.data, id);
    const run = meeting.run;
    return snapshot({
      id: meeting.id,
      title: meeting.title,
      durationMinutes: meeting.durationMinutes,
      agenda: meeting.agenda.map((item) => ({
        id: item.id,
        title: item.title,
        kind: item.kind,
        minutes: item.minutes,
      })),
      run: run && {
        startedAt: run.startedAt,
        endedAt: run.endedAt,
        pausedAt: run.pausedAt,
        currentItemId: run.currentItemId,
        extraMinutes: run.extraMinutes,
        items: run.items,
      },
    });
  }

  #step(id: string, at: string, step: Step, after?: (draft: Meeting) => void): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      draft.run = unwrap(step(requireLiveRun(draft), draft, at));
      after?.(draft);
    });
  }
}

function assertRunnable(meeting: Meeting): void {
  if (meeting.isTemplate) {
    throw new AppError('invalid-input', 'En skabelon kan ikke afvikles.', 'A template cannot be run.');
  }
  if (meeting.status === 'cancelled') {
    throw new AppError('invalid-input', 'Mødet er aflyst.', 'The meeting is cancelled.');
  }
}

function requireLiveRun(meeting: Meeting): MeetingRun {
  if (!meeting.run) {
    throw new AppError('conflict', 'Mødet er ikke startet endnu.', 'The meeting has not been started yet.');
  }
  return meeting.run;
}

function unwrap(result: RunStepResult): MeetingRun {
  if (!result.ok) throw new AppError('conflict', result.error.message, result.error.messageEn);
  return result.run;
}
