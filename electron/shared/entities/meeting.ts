import * as v from 'valibot';
import { AGENDA_ITEM_KINDS } from '../domain/meeting-methods';
import type { AgendaItemKind } from '../domain/types';
import {
  baseRecordEntries,
  clockTime,
  domainIdField,
  idField,
  instant,
  intRange,
  longText,
  LONG_TEXT_MAX,
  optionalDate,
  optionalEmail,
  shortText,
  uniqueIds,
  URL_MAX,
} from './fields';

/** Where a meeting stands, in display order: still to come, held, or called off. */
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Whether someone came, in display order; 'unknown' until the opsamling records it. */
export const ATTENDANCES = ['unknown', 'present', 'excused', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Meeting length: one minute to a whole day; the service refuses what crosses midnight. */
export const MEETING_DURATION = { min: 1, max: 1440 } as const;
/** An agenda item's timebox in whole minutes. */
export const AGENDA_ITEM_MINUTES = { min: 0, max: 1440 } as const;
/** The live capture line: a long text and its prefix ("b:", "o:"). */
export const CAPTURE_LINE_MAX = LONG_TEXT_MAX + 10;
/** .ics exports a meeting can have had; the calendar's SEQUENCE is a 32-bit integer. */
const ICS_SEQUENCE_MAX = 2_147_483_647;

/**
 * Someone invited to a meeting. For people from the network the row id IS the person id, so the
 * same person is the same participant in every meeting (owners and responsibles carry forward);
 * guests get their own id and are named here rather than in the people list.
 */
export const meetingParticipantSchema = v.object({
  id: idField,
  /** The person in the people list, or null for a guest. */
  personId: v.nullable(idField),
  /** The guest's name; for people from the list, their name when invited (shown if they are later deleted). */
  name: shortText,
  /** The guest's e-mail; for people from the list it is looked up and this stays empty. */
  email: optionalEmail,
  attendance: v.picklist(ATTENDANCES),
});
export type MeetingParticipant = v.InferOutput<typeof meetingParticipantSchema>;

/** Where an agenda item came from when it was carried forward from an earlier meeting. */
export const carriedFromSchema = v.object({
  meetingId: idField,
  /** The action item or agenda item id in that meeting. */
  sourceId: idField,
  source: v.picklist(['action', 'agenda-item']),
});
export type CarriedFrom = v.InferOutput<typeof carriedFromSchema>;

// Fields the storage check did not read before the schema was the type get a default, so a file an
// earlier build wrote still opens; everything else must be present.

/** One time-boxed item on the agenda. */
export const agendaItemSchema = v.object({
  id: idField,
  title: shortText,
  kind: v.picklist(AGENDA_ITEM_KINDS),
  /** Timebox in whole minutes. */
  minutes: intRange(AGENDA_ITEM_MINUTES.min, AGENDA_ITEM_MINUTES.max),
  /** A domain meeting method id, or '' for none. */
  methodId: v.optional(v.union([v.literal(''), domainIdField]), ''),
  /** A participant id of this meeting, or null. */
  responsibleId: v.nullable(idField),
  purpose: v.optional(longText, ''),
  /** The facilitator's private notes: never in a document unless the user asks for them. */
  notes: v.optional(longText, ''),
  /** Notes written for the participants ("til deltagerne"): printed under the item on the agenda. */
  participantNotes: v.optional(longText, ''),
  carriedFrom: v.optional(v.nullable(carriedFromSchema), null),
});
export type AgendaItem = v.InferOutput<typeof agendaItemSchema>;

/** A decision recorded in the opsamling; it may answer a beslutning item on the agenda. */
export const decisionSchema = v.object({
  id: idField,
  text: longText,
  /** The agenda item it decides, or null. */
  agendaItemId: v.nullable(idField),
});
export type Decision = v.InferOutput<typeof decisionSchema>;

/** A task agreed at the meeting. */
export const actionItemSchema = v.object({
  id: idField,
  text: shortText,
  /** A participant id of this meeting, or null. */
  ownerId: v.nullable(idField),
  /** YYYY-MM-DD or ''. */
  dueDate: optionalDate,
  done: v.boolean(),
  /** ISO instant when ticked done, null while open. */
  doneAt: v.optional(v.nullable(instant), null),
  /** The agenda item it was agreed under, or null; the referat lists it there. */
  agendaItemId: v.optional(v.nullable(idField), null),
});
export type ActionItem = v.InferOutput<typeof actionItemSchema>;

/** A note written under an agenda item while the meeting ran. */
export const itemNoteSchema = v.object({
  id: idField,
  /** The agenda item it was written under, or null when the item was later removed. */
  agendaItemId: v.nullable(idField),
  text: longText,
  /** When it was written. */
  createdAt: instant,
});
export type ItemNote = v.InferOutput<typeof itemNoteSchema>;

/** One stretch of time an agenda item was the current one and the clock ran. */
export const runSpanSchema = v.object({
  from: instant,
  /** Null while the stretch is still running. */
  to: v.nullable(instant),
});
export type RunSpan = v.InferOutput<typeof runSpanSchema>;

/** An agenda item's clock in a running or finished meeting. */
export const runItemSchema = v.object({
  itemId: idField,
  /** The timebox while running: the planned minutes as changed by +5/−5 (the plan stays in the agenda). */
  minutes: intRange(AGENDA_ITEM_MINUTES.min, AGENDA_ITEM_MINUTES.max),
  /** When it ran; the actual time is their sum, so sleep, wake and reloads cannot skew it. */
  spans: v.array(runSpanSchema),
});
export type RunItem = v.InferOutput<typeof runItemSchema>;

/** Minutes a running meeting can be made longer or shorter: at most a day either way. */
export const RUN_EXTRA_MINUTES = { min: -MEETING_DURATION.max, max: MEETING_DURATION.max } as const;

/** A meeting being run live, or the record of how it ran. Every figure on the clock comes from these instants. */
export const meetingRunSchema = v.object({
  /** When the facilitator pressed start. */
  startedAt: instant,
  /** When the meeting was ended, null while it runs. */
  endedAt: v.nullable(instant),
  /** When it was paused, null while the clock runs. */
  pausedAt: v.nullable(instant),
  currentItemId: v.nullable(idField),
  /** Minutes the meeting was made longer (or shorter) while it ran. */
  extraMinutes: intRange(RUN_EXTRA_MINUTES.min, RUN_EXTRA_MINUTES.max),
  items: v.array(runItemSchema),
  /** What is typed in the capture line and not yet added, so closing the window loses nothing. */
  draft: v.pipe(v.string(), v.maxLength(CAPTURE_LINE_MAX)),
});
export type MeetingRun = v.InferOutput<typeof meetingRunSchema>;

const meetingEntries = {
  ...baseRecordEntries,
  networkId: idField,
  title: shortText,
  /** YYYY-MM-DD; '' only for templates. */
  date: optionalDate,
  /** HH:MM, Copenhagen time, 24-hour. */
  startTime: clockTime,
  durationMinutes: intRange(MEETING_DURATION.min, MEETING_DURATION.max),
  /** A room or an address. */
  location: v.optional(shortText, ''),
  /** A link to an online meeting, or ''. */
  onlineUrl: v.optional(v.pipe(v.string(), v.maxLength(URL_MAX)), ''),
  purpose: v.optional(longText, ''),
  desiredOutcome: v.optional(longText, ''),
  preparation: v.optional(longText, ''),
  status: v.picklist(MEETING_STATUSES),
  participants: v.pipe(v.array(meetingParticipantSchema), uniqueIds()),
  agenda: v.pipe(v.array(agendaItemSchema), uniqueIds()),
  /** Opsamling: what happened, in a few lines. */
  summary: v.optional(longText, ''),
  decisions: v.pipe(v.array(decisionSchema), uniqueIds()),
  actions: v.pipe(v.array(actionItemSchema), uniqueIds()),
  /** The participant who takes the minutes, or null (the document's author signs the referat). */
  minutesTakerId: v.optional(v.nullable(idField), null),
  /** True for a saved template: never listed as a meeting, never on Overblik. */
  isTemplate: v.boolean(),
  /** The domain template or saved template it was started from, if any. */
  templateId: v.optional(v.nullable(domainIdField), null),
  /** Raised on an .ics export of a changed meeting, so a calendar replaces its earlier copy. */
  icsSequence: v.optional(intRange(0, ICS_SEQUENCE_MAX), 0),
  /** A digest of the event as last exported; SEQUENCE rises only when it differs. */
  icsFingerprint: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** The live run: null until "Afvikl mødet" starts it. */
  run: v.optional(v.nullable(meetingRunSchema), null),
  /** Notes written under the agenda items while the meeting ran. */
  itemNotes: v.optional(v.pipe(v.array(itemNoteSchema), uniqueIds()), []),
};

/**
 * A network meeting, or (with `isTemplate`) an agenda kept to start new meetings from. Its inner
 * references must point inside it: the documents look owners, responsibles and decided items up there.
 */
export const meetingSchema = v.pipe(
  v.object(meetingEntries),
  v.check((m) => m.isTemplate || m.date !== '', 'missing-date'),
  v.check((m) => {
    const invited = new Set(m.participants.map((p) => p.id));
    const known = (id: string | null) => id === null || invited.has(id);
    return (
      m.agenda.every((item) => known(item.responsibleId)) &&
      m.actions.every((a) => known(a.ownerId)) &&
      known(m.minutesTakerId)
    );
  }, 'unknown-participant'),
  v.check((m) => {
    const items = new Set(m.agenda.map((item) => item.id));
    const known = (id: string | null) => id === null || items.has(id);
    return (
      m.decisions.every((d) => known(d.agendaItemId)) &&
      m.actions.every((a) => known(a.agendaItemId)) &&
      m.itemNotes.every((n) => known(n.agendaItemId))
    );
  }, 'unknown-agenda-item'),
);
export type Meeting = v.InferOutput<typeof meetingSchema>;

/** An open action item with the meeting it belongs to, for Overblik. */
export interface OpenActionItem {
  action: ActionItem;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  networkId: string;
  /** The owner's name, or '' when no owner is set. */
  ownerName: string;
  overdue: boolean;
}

/** One line in a network's decision register. */
export interface DecisionRecord {
  decision: Decision;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  /** Title of the agenda item it decides, or ''. */
  agendaItemTitle: string;
}

/** Something from an earlier meeting the next one could take up as an agenda item. */
export interface CarryForwardCandidate {
  from: CarriedFrom;
  meetingTitle: string;
  meetingDate: string;
  title: string;
  kind: AgendaItemKind;
  /** Owner (action) or responsible (agenda item) as a participant id, if any. */
  responsibleId: string | null;
}
