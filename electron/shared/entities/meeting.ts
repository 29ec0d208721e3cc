import type { AgendaItemKind } from '../domain/types';
import type { BaseRecord } from './core';

/** Where a meeting stands: still to come, held, or called off. */
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

/** Meeting statuses in display order. */
export const MEETING_STATUSES: readonly MeetingStatus[] = ['planned', 'held', 'cancelled'];

/** Whether someone came; 'unknown' until the opsamling records it. */
export type Attendance = 'unknown' | 'present' | 'excused' | 'absent';

/** Attendance values in display order. */
export const ATTENDANCES: readonly Attendance[] = ['unknown', 'present', 'excused', 'absent'];

/**
 * Someone invited to a meeting. For people from the network the row id IS the person id, so the
 * same person is the same participant in every meeting (owners and responsibles carry forward);
 * guests get their own id and are named here rather than in the people list.
 */
export interface MeetingParticipant {
  id: string;
  /** The person in the people list, or null for a guest. */
  personId: string | null;
  /** The guest's name; for people from the list, their name when invited (shown if they are later deleted). */
  name: string;
  /** The guest's e-mail; for people from the list it is looked up and this stays empty. */
  email: string;
  attendance: Attendance;
}

/** Where an agenda item came from when it was carried forward from an earlier meeting. */
export interface CarriedFrom {
  meetingId: string;
  /** The action item or agenda item id in that meeting. */
  sourceId: string;
  source: 'action' | 'agenda-item';
}

/** One time-boxed item on the agenda. */
export interface AgendaItem {
  id: string;
  title: string;
  kind: AgendaItemKind;
  /** Timebox in whole minutes. */
  minutes: number;
  /** A domain meeting method id, or '' for none. */
  methodId: string;
  /** A participant id of this meeting, or null. */
  responsibleId: string | null;
  purpose: string;
  /** The facilitator's private notes: never in a document unless the user asks for them. */
  notes: string;
  /** Notes written for the participants ("til deltagerne"): printed under the item on the agenda. */
  participantNotes: string;
  carriedFrom: CarriedFrom | null;
}

/** A decision recorded in the opsamling; it may answer a beslutning item on the agenda. */
export interface Decision {
  id: string;
  text: string;
  /** The agenda item it decides, or null. */
  agendaItemId: string | null;
}

/** A task agreed at the meeting. */
export interface ActionItem {
  id: string;
  text: string;
  /** A participant id of this meeting, or null. */
  ownerId: string | null;
  /** YYYY-MM-DD or ''. */
  dueDate: string;
  done: boolean;
  /** ISO instant when ticked done, null while open. */
  doneAt: string | null;
  /** The agenda item it was agreed under, or null; the referat lists it there. */
  agendaItemId: string | null;
}

/** A network meeting, or (with `isTemplate`) an agenda kept to start new meetings from. */
export interface Meeting extends BaseRecord {
  networkId: string;
  title: string;
  /** YYYY-MM-DD; '' only for templates. */
  date: string;
  /** HH:MM, Copenhagen time, 24-hour. */
  startTime: string;
  durationMinutes: number;
  /** A room or an address. */
  location: string;
  /** A link to an online meeting, or ''. */
  onlineUrl: string;
  purpose: string;
  desiredOutcome: string;
  preparation: string;
  status: MeetingStatus;
  participants: MeetingParticipant[];
  agenda: AgendaItem[];
  /** Opsamling: what happened, in a few lines. */
  summary: string;
  decisions: Decision[];
  actions: ActionItem[];
  /** The participant who takes the minutes, or null (the document's author signs the referat). */
  minutesTakerId: string | null;
  /** True for a saved template: never listed as a meeting, never on Overblik. */
  isTemplate: boolean;
  /** The domain template or saved template it was started from, if any. */
  templateId: string | null;
  /** Bumped on every .ics export so a calendar replaces its earlier copy. */
  icsSequence: number;
}

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
