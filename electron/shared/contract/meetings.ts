import * as v from 'valibot';
import { AGENDA_ITEM_KINDS } from '../domain/meeting-methods';
import type { CarryForwardCandidate, DecisionRecord, Meeting, OpenActionItem, TrashEntry } from '../entities';
import {
  AGENDA_ITEM_MINUTES,
  ATTENDANCES,
  calendarDate,
  clockTime,
  intRange,
  MEETING_DURATION,
  MEETING_STATUSES,
  URL_MAX,
} from '../entities';
import { channel } from './channel';
import { idField, LONG_TEXT_MAX, longText, optionalDate, optionalEmail, requiredShortText, shortText } from './fields';
import type { ExportResult } from './exports';

// Dates, times and ranges are the stored meeting's own (entities/meeting.ts); a meeting needs its date.
const meetingDate = calendarDate;
const durationMinutes = intRange(MEETING_DURATION.min, MEETING_DURATION.max);
const itemMinutes = intRange(AGENDA_ITEM_MINUTES.min, AGENDA_ITEM_MINUTES.max);
const methodId = v.pipe(v.string(), v.maxLength(64));
const lang = v.optional(v.picklist(['da', 'en']));

/** The reminders offered for a calendar file, in minutes before the start. */
export const ICS_REMINDER_MINUTES = [10, 15, 30, 60, 120, 1440] as const;

const meetingFields = {
  title: requiredShortText,
  date: meetingDate,
  startTime: clockTime,
  durationMinutes,
  location: shortText,
  onlineUrl: v.pipe(v.string(), v.maxLength(URL_MAX)),
  purpose: longText,
  desiredOutcome: longText,
  preparation: longText,
  status: v.picklist(MEETING_STATUSES),
  summary: longText,
  /** The participant taking the minutes; never someone marked absent or excused. */
  minutesTakerId: v.nullable(idField),
};

const agendaItemFields = {
  title: shortText,
  kind: v.picklist(AGENDA_ITEM_KINDS),
  minutes: itemMinutes,
  methodId,
  responsibleId: v.nullable(idField),
  purpose: longText,
  /** Private facilitator notes. */
  notes: longText,
  /** Notes for the participants, printed on the agenda. */
  participantNotes: longText,
};

/** What an export tells the screen: the file name written, or that the user cancelled. */
export type MeetingExportResult = ExportResult;

/** Decision text: required, may run over several lines. */
const requiredLongText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LONG_TEXT_MAX));

const carryForwardRef = v.strictObject({ meetingId: idField, sourceId: idField });

/** Channels for the meeting planner: meetings, agendas, opsamling, templates and exports. */
export const meetingChannels = {
  'meetings:list': channel<Meeting[]>()({
    input: v.strictObject({ networkId: v.optional(idField) }),
    mutates: false,
    doc: 'Every meeting (templates left out), earliest first; only one network’s when asked.',
  }),
  'meetings:list-templates': channel<Meeting[]>()({
    input: v.strictObject({}),
    mutates: false,
    doc: 'The meetings saved as templates, by name.',
  }),
  'meetings:get': channel<Meeting>()({
    input: v.strictObject({ id: idField }),
    mutates: false,
    doc: 'One meeting or template by id.',
  }),
  'meetings:create': channel<Meeting>()({
    input: v.strictObject({
      networkId: idField,
      date: meetingDate,
      startTime: clockTime,
      title: v.optional(shortText),
      durationMinutes: v.optional(durationMinutes),
      /** A domain template id ('statusmoede') or the id of a saved template. */
      templateId: v.optional(v.pipe(v.string(), v.maxLength(64))),
      carryForward: v.optional(v.pipe(v.array(carryForwardRef), v.maxLength(200))),
      lang,
    }),
    mutates: true,
    doc: 'Plans a meeting for a network, blank or from a template, with the network’s people invited and chosen items carried forward.',
  }),
  'meetings:carry-forward-candidates': channel<CarryForwardCandidate[]>()({
    input: v.strictObject({ networkId: idField, date: meetingDate }),
    mutates: false,
    doc: 'Open action items and undecided decision items from the network’s earlier meetings, not yet taken up.',
  }),
  'meetings:update': channel<Meeting>()({
    input: v.strictObject({ id: idField, patch: v.partial(v.strictObject(meetingFields)) }),
    mutates: true,
    doc: 'Changes some fields of a meeting; a meeting that would end after midnight is refused.',
  }),
  'meetings:delete': channel<TrashEntry>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Deletes a meeting or template; it stays in the trash so the delete can be undone.',
  }),
  'meetings:undo-delete': channel<Meeting>()({
    input: v.strictObject({ trashId: idField }),
    mutates: true,
    doc: 'Puts a deleted meeting back from the trash.',
  }),
  'meetings:duplicate': channel<Meeting>()({
    input: v.strictObject({ id: idField, date: v.optional(meetingDate), lang }),
    mutates: true,
    doc: 'Copies a meeting’s plan (agenda, place, people) as a new planned meeting without its opsamling.',
  }),
  'meetings:save-as-template': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      title: requiredShortText,
      /** 'actual': each item's timebox is the time it really took when the meeting was run. */
      timesFrom: v.optional(v.picklist(['planned', 'actual'])),
    }),
    mutates: true,
    doc: 'Keeps a meeting’s plan as a template for later meetings, with its planned or its actual times.',
  }),
  'meetings:add-participant': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      personId: v.optional(idField),
      guest: v.optional(v.strictObject({ name: requiredShortText, email: optionalEmail })),
    }),
    mutates: true,
    doc: 'Invites a person from the people list, or a guest by name and e-mail.',
  }),
  'meetings:update-participant': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      participantId: idField,
      patch: v.partial(
        v.strictObject({ attendance: v.picklist(ATTENDANCES), name: requiredShortText, email: optionalEmail }),
      ),
    }),
    mutates: true,
    doc: 'Records attendance, or changes a guest’s name or e-mail.',
  }),
  'meetings:remove-participant': channel<Meeting>()({
    input: v.strictObject({ id: idField, participantId: idField }),
    mutates: true,
    doc: 'Takes someone off the meeting; items they were responsible for lose their responsible.',
  }),
  'meetings:add-agenda-item': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      item: v.partial(v.strictObject(agendaItemFields)),
      index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
    mutates: true,
    doc: 'Adds an agenda item (at the end unless an index is given).',
  }),
  'meetings:update-agenda-item': channel<Meeting>()({
    input: v.strictObject({ id: idField, itemId: idField, patch: v.partial(v.strictObject(agendaItemFields)) }),
    mutates: true,
    doc: 'Changes one agenda item; an agenda that would run past midnight is refused.',
  }),
  'meetings:move-agenda-item': channel<Meeting>()({
    input: v.strictObject({ id: idField, itemId: idField, toIndex: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    mutates: true,
    doc: 'Moves an agenda item to another place in the order.',
  }),
  'meetings:set-agenda-minutes': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      minutes: v.pipe(v.array(v.strictObject({ itemId: idField, minutes: itemMinutes })), v.maxLength(500)),
    }),
    mutates: true,
    doc: 'Sets the timeboxes of several items at once ("tilpas til tiden" and its undo).',
  }),
  'meetings:remove-agenda-item': channel<Meeting>()({
    input: v.strictObject({ id: idField, itemId: idField }),
    mutates: true,
    doc: 'Removes an agenda item; decisions that answered it are kept.',
  }),
  'meetings:add-decision': channel<Meeting>()({
    input: v.strictObject({ id: idField, text: requiredLongText, agendaItemId: v.optional(v.nullable(idField)) }),
    mutates: true,
    doc: 'Records a decision in the opsamling.',
  }),
  'meetings:update-decision': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      decisionId: idField,
      patch: v.partial(v.strictObject({ text: longText, agendaItemId: v.nullable(idField) })),
    }),
    mutates: true,
    doc: 'Changes a decision’s wording or the agenda item it answers.',
  }),
  'meetings:remove-decision': channel<Meeting>()({
    input: v.strictObject({ id: idField, decisionId: idField }),
    mutates: true,
    doc: 'Removes a decision.',
  }),
  'meetings:add-action': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      text: requiredShortText,
      ownerId: v.optional(v.nullable(idField)),
      dueDate: v.optional(optionalDate),
      /** The agenda item the task was agreed under. */
      agendaItemId: v.optional(v.nullable(idField)),
    }),
    mutates: true,
    doc: 'Adds an action item: what, who, by when and under which agenda item.',
  }),
  'meetings:update-action': channel<Meeting>()({
    input: v.strictObject({
      id: idField,
      actionId: idField,
      patch: v.partial(
        v.strictObject({
          text: shortText,
          ownerId: v.nullable(idField),
          dueDate: optionalDate,
          done: v.boolean(),
          agendaItemId: v.nullable(idField),
        }),
      ),
    }),
    mutates: true,
    doc: 'Changes an action item, or ticks it done (or open again).',
  }),
  'meetings:remove-action': channel<Meeting>()({
    input: v.strictObject({ id: idField, actionId: idField }),
    mutates: true,
    doc: 'Removes an action item.',
  }),
  'meetings:open-actions': channel<OpenActionItem[]>()({
    input: v.strictObject({}),
    mutates: false,
    doc: 'Every open action item in networks in use, overdue first, then by due date.',
  }),
  'meetings:decision-register': channel<DecisionRecord[]>()({
    input: v.strictObject({ networkId: idField, query: v.optional(shortText) }),
    mutates: false,
    doc: 'Every decision of a network with its meeting and date, newest first; filtered by words when asked.',
  }),
  'meetings:export-agenda': channel<MeetingExportResult>()({
    input: v.strictObject({ id: idField, lang }),
    mutates: false,
    doc: 'Writes the dagsorden as a Word document where the user chooses.',
  }),
  'meetings:export-minutes': channel<MeetingExportResult>()({
    input: v.strictObject({ id: idField, lang, includeNotes: v.optional(v.boolean()) }),
    mutates: false,
    doc: 'Writes the referat punkt for punkt as a Word document where the user chooses; item notes only when asked.',
  }),
  'meetings:export-ics': channel<MeetingExportResult>()({
    input: v.strictObject({
      id: idField,
      lang,
      invite: v.optional(v.boolean()),
      reminderMinutes: v.optional(v.picklist(ICS_REMINDER_MINUTES)),
    }),
    mutates: true,
    doc: 'Writes the meeting as an .ics file where the user chooses: a calendar entry, or an invitation to the participants; with a reminder when asked.',
  }),
};
