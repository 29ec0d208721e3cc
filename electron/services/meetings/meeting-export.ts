import { AppError } from '../../shared/app-error';
import type { MeetingExportResult } from '../../shared/contract/meetings';
import type { Meeting } from '../../shared/entities';
import { createHash } from 'node:crypto';
import { buildIcs, type IcsMeeting, type IcsPartstat, type IcsPerson } from '../export/ics';
import type { DocumentLang } from '../../shared/documents/document-model';
import { saveExport } from '../export/save-export';
import { letterheadFor } from '../house-style/house-style';
import { findNetwork } from '../networks/networks-service';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { type DocPerson, type MeetingDocInput } from './agenda-document';
import { participantEmail, participantName } from './meeting-people';
import { meetingDocLabels } from './meeting-doc-labels';
import { meetingFileName } from './meeting-file-name';
import { carryForwardCandidates } from './meeting-queries';
import { byMeetingTime, changeMeeting, requireMeeting } from './meeting-records';

const CALENDAR = { name: 'Kalenderfil', extensions: ['ics'] };

/** Writes a meeting as an .ics file; its dagsorden and referat are written by `documents/document-export.ts`. */
export class MeetingExportService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The meeting as an .ics file: a calendar entry, or an invitation when asked. SEQUENCE rises only
   * when the event differs from the one last saved, so calendars replace a changed copy and leave
   * an unchanged one alone.
   */
  async exportIcs(id: string, choice: IcsChoice = {}): Promise<MeetingExportResult> {
    const data = this.ctx.store.data;
    const meeting = requireMeeting(data, id);
    assertExportable(meeting);
    const plan = icsExportPlan(data, meeting, choice);
    const text = buildIcs(plan.event, this.ctx.clock.now());
    const lang = choice.lang ?? 'da';
    const result = await saveExport(
      new TextEncoder().encode(text),
      {
        title: meetingDocLabels(lang).saveCalendar,
        defaultFileName: meetingFileName(data, meeting, meetingDocLabels(lang).calendar, 'ics'),
        filters: [CALENDAR],
      },
      this.ctx.saveDialog,
    );
    if (result.saved && plan.fingerprint !== meeting.icsFingerprint) {
      await changeMeeting(this.ctx, id, (draft) => {
        draft.icsSequence = plan.event.sequence ?? 0;
        draft.icsFingerprint = plan.fingerprint;
      });
    }
    return result;
  }
}

// The referat lists the open items from earlier meetings; a long-running network keeps the newest.
const OPEN_ITEMS_MAX = 25;

/** What the dagsorden and referat say; pure over the stored data so tests can build them directly. */
export function meetingDocInput(
  data: AppData,
  id: string,
  lang: DocumentLang,
  now: Date,
  includeNotes = false,
): MeetingDocInput {
  const meeting = requireMeeting(data, id);
  assertExportable(meeting);
  const network = findNetwork(data, meeting.networkId);
  const leader = data.people.find((p) => p.id === network.roleHolders.netvaerksleder);
  const openFromEarlier = carryForwardCandidates(data, network.id, meeting.date, meeting.id)
    .filter((open) => open.meetingDate < meeting.date)
    .slice(-OPEN_ITEMS_MAX)
    .map((open) => ({
      title: open.title,
      meetingTitle: open.meetingTitle,
      meetingDate: open.meetingDate,
      responsible: data.people.find((p) => p.id === open.responsibleId)?.name ?? '',
    }));
  const next = data.meetings
    .filter(
      (m) => !m.isTemplate && m.networkId === network.id && m.status === 'planned' && byMeetingTime(m, meeting) > 0,
    )
    .sort(byMeetingTime)[0];
  return {
    meeting: structuredClone(meeting),
    networkName: network.name,
    author: data.profile.name.trim() || leader?.name || '',
    created: now,
    lang,
    people: docPeople(data, meeting),
    letterhead: letterheadFor(data, network.name),
    includeNotes,
    openFromEarlier,
    nextMeeting: next
      ? {
          title: next.title,
          date: next.date,
          startTime: next.startTime,
          durationMinutes: next.durationMinutes,
          location: next.location,
        }
      : null,
  };
}

// Afbud is a declined invitation; a known presence an accepted one; the rest are still to answer.
const PARTSTAT: Record<Meeting['participants'][number]['attendance'], IcsPartstat> = {
  unknown: 'NEEDS-ACTION',
  present: 'ACCEPTED',
  excused: 'DECLINED',
  absent: 'NEEDS-ACTION',
};

function assertExportable(meeting: Meeting): void {
  if (meeting.isTemplate) {
    throw new AppError(
      'invalid-input',
      'En skabelon har ingen dato. Opret et møde fra den for at eksportere.',
      'A template has no date. Create a meeting from it to export.',
    );
  }
}

/** The meeting's participants with names and unit, for the documents. */
export function docPeople(data: AppData, meeting: Meeting): DocPerson[] {
  return meeting.participants.map((participant) => {
    const person = participant.personId === null ? undefined : data.people.find((p) => p.id === participant.personId);
    return { id: participant.id, name: participantName(data, participant), detail: person?.unit ?? '' };
  });
}

/** How the user wants the calendar file. */
export interface IcsChoice {
  lang?: DocumentLang;
  /** "Send som invitation": METHOD:REQUEST with the attendees; otherwise a plain calendar entry. */
  invite?: boolean;
  reminderMinutes?: number;
}

/**
 * The event to write and its fingerprint: a digest of everything but DTSTAMP and SEQUENCE. The
 * sequence stays when the fingerprint matches the last export (or none was kept yet) and rises by
 * one when it does not.
 */
export function icsExportPlan(
  data: AppData,
  meeting: Meeting,
  choice: IcsChoice,
): { event: IcsMeeting; fingerprint: string } {
  const event: IcsMeeting = {
    ...icsMeetingOf(data, meeting),
    lang: choice.lang ?? 'da',
    method: choice.invite ? 'REQUEST' : 'PUBLISH',
    ...(choice.reminderMinutes === undefined ? {} : { reminderMinutes: choice.reminderMinutes }),
  };
  const canonical = buildIcs({ ...event, sequence: 0 }, new Date(0));
  const fingerprint = createHash('sha256').update(canonical).digest('hex');
  const changed = meeting.icsFingerprint !== undefined && meeting.icsFingerprint !== fingerprint;
  return { event: { ...event, sequence: meeting.icsSequence + (changed ? 1 : 0) }, fingerprint };
}

/** The meeting as the .ics writer wants it: the netværksleder organises when invited, the rest attend. */
export function icsMeetingOf(data: AppData, meeting: Meeting): IcsMeeting {
  const network = data.networks.find((n) => n.id === meeting.networkId);
  const leaderId = network?.roleHolders.netvaerksleder ?? null;
  const toPerson = (p: Meeting['participants'][number]): IcsPerson => ({
    name: participantName(data, p),
    email: participantEmail(data, p),
    partstat: PARTSTAT[p.attendance],
  });
  const organizer = meeting.participants.find((p) => p.id === leaderId);
  const description = [meeting.purpose.trim(), meeting.desiredOutcome.trim(), meeting.preparation.trim()]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: meeting.id,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    description,
    agenda: meeting.agenda.map((item) => ({ title: item.title, minutes: item.minutes })),
    ...(organizer ? { organizer: toPerson(organizer) } : {}),
    attendees: meeting.participants.filter((p) => p !== organizer).map(toPerson),
    status: meeting.status,
    sequence: meeting.icsSequence,
  };
}
