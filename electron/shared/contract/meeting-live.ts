import * as v from 'valibot';
import { CAPTURE_LINE_MAX, type Meeting } from '../entities';
import type { RunTimes } from '../meeting-live/run-clock';
import { ADJUST_CHOICES } from '../meeting-live/retime';
import { channel } from './channel';
import { idField, LONG_TEXT_MAX, optionalDate } from './fields';

/**
 * The instant of the facilitator's press, from the screen's clock: the run stores what the room saw,
 * and the clock is read from these instants only. The services refuse an instant earlier than the run.
 */
const at = v.pipe(v.string(), v.isoTimestamp());

/** A captured line: required; a task must fit a task's short text, notes and decisions may be long. */
const captureText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LONG_TEXT_MAX));

/** What the projector may show: the agenda's titles and the clock. Nothing typed in the meeting, no people. */
export interface MeetingProjection {
  id: string;
  title: string;
  durationMinutes: number;
  agenda: Array<{ id: string; title: string; kind: Meeting['agenda'][number]['kind']; minutes: number }>;
  /** The run without the capture draft; null until the meeting is started. */
  run: RunTimes | null;
}

/** Channels for running a meeting live: the clock, re-timing, capture under the current item, the end. */
export const meetingLiveChannels = {
  'live:start': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Starts the meeting’s clock on the first agenda item (or picks up a run already going).',
  }),
  'live:pause': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Stops the clock of the current item; the meeting’s own clock goes on.',
  }),
  'live:resume': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Starts the current item’s clock again after a pause.',
  }),
  'live:next': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Moves on to the next agenda item.',
  }),
  'live:previous': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Goes back to the previous agenda item; its clock adds to the time it already ran.',
  }),
  'live:adjust': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      minutes: v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(60)),
      choice: v.picklist(ADJUST_CHOICES),
      at,
    }),
    mutates: true,
    doc: 'Gives the current item more or less time; the coming items, the meeting’s length or the next break gives.',
  }),
  'live:capture': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      itemId: idField,
      kind: v.picklist(['note', 'decision', 'task']),
      text: captureText,
      ownerId: v.optional(v.nullable(idField)),
      dueDate: v.optional(optionalDate),
      at,
    }),
    mutates: true,
    doc: 'Saves a note, a decision or a task under an agenda item while the meeting runs.',
  }),
  'live:update-note': channel<Meeting>()({
    input: v.strictObject({ id: idField, noteId: idField, text: v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX)) }),
    mutates: true,
    doc: 'Rewords a note written during the meeting.',
  }),
  'live:remove-note': channel<Meeting>()({
    input: v.strictObject({ id: idField, noteId: idField }),
    mutates: true,
    doc: 'Removes a note written during the meeting.',
  }),
  'live:save-draft': channel<Meeting>()({
    input: v.strictObject({ id: idField, draft: v.pipe(v.string(), v.maxLength(CAPTURE_LINE_MAX)) }),
    mutates: true,
    doc: 'Keeps what is typed in the capture line and not yet added, so a closed window loses nothing.',
  }),
  'live:end': channel<Meeting>()({
    input: v.strictObject({ id: idField, at }),
    mutates: true,
    doc: 'Ends the meeting: every clock stops, the actual times are kept and the meeting is marked held.',
  }),
  'live:projection': channel<MeetingProjection>()({
    input: v.strictObject({ id: idField }),
    mutates: false,
    doc: 'What the projector shows: the agenda’s titles and the clock, nothing typed and no people.',
  }),
};
