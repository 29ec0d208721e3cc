/**
 * One meeting as an RFC 5545 calendar file. Times are written as Copenhagen wall time with a
 * VTIMEZONE, so the event keeps its local time in any calendar. The end is read off the wall clock
 * (start + duration), the same rule as the Word files, so both say 04:00 for 01:00 + 180 min on a
 * change day. A wall time inside the repeated autumn hour (02:00–02:59 on the last Sunday of
 * October) is written in UTC instead: RFC 5545 says a reader should take the first occurrence, but
 * readers differ (ical.js takes the second), and a UTC time means one instant to all of them. An end
 * that would fall in the spring gap is read forward by the lost hour (`meetingEnd`), in the Word
 * files as here, so both say the time the clock will show.
 *
 * Method rules (RFC 5546): PUBLISH carries no ATTENDEE; REQUEST needs an ORGANIZER with an e-mail
 * and lists the attendees with PARTSTAT (DECLINED for afbud) and RSVP.
 *
 * Why not a calendar library: ical-generator (the maintained choice) needs Node 22+, while the
 * services run and are tested on Node 20; its own time-zone handling cannot write a single
 * ambiguous time in UTC; and these few properties are covered by strict parser tests.
 */
import { AppError } from '../../shared/app-error';
import { isCalendarDate } from '../../shared/time/calendar-date';
import { isClockTime, MINUTES_PER_DAY } from '../../shared/time/clock-time';
import { copenhagenToUtc } from '../../shared/time/copenhagen';
import { meetingEnd, type WallClockTime } from '../../shared/time/meeting-end';
import { buildIcsDescription } from './ics-description';
import type { IcsMeeting, IcsPerson } from './ics-meeting';
import { usableEmail, usableUrl } from './ics-meeting';
import { CRLF, escapeIcsText, foldIcsLine, formatIcsParamValue, sanitizeIcsText } from './ics-text';
import { COPENHAGEN_VTIMEZONE_LINES, formatIcsLocalDateTime, formatIcsUtcDateTime, ICS_TZID } from './ics-timezone';

export type { IcsAgendaItem, IcsMeeting, IcsMethod, IcsPartstat, IcsPerson } from './ics-meeting';

/** The product identifier every file carries. */
export const ICS_PRODID = '-//Ledelsesrum//DA';

/** Domain half of each UID; `.local` because the app has no domain of its own and never should claim one. */
export const DEFAULT_UID_DOMAIN = 'ledelsesrum.local';

/** Knobs a caller rarely needs. */
export interface IcsOptions {
  uidDomain?: string;
}

/** Why a meeting cannot be written; null when it can. Messages are for the user, Danish first. */
export function icsMeetingProblem(meeting: IcsMeeting): { message: string; messageEn: string } | null {
  if (meeting.id.trim() === '') return { message: 'Mødet mangler et id.', messageEn: 'The meeting has no id.' };
  if (!isCalendarDate(meeting.date)) {
    return { message: 'Mødet har ingen gyldig dato.', messageEn: 'The meeting has no valid date.' };
  }
  if (!isClockTime(meeting.startTime)) {
    return { message: 'Mødet har intet gyldigt starttidspunkt.', messageEn: 'The meeting has no valid start time.' };
  }
  const duration = meeting.durationMinutes;
  if (!Number.isInteger(duration) || duration < 1 || duration > MINUTES_PER_DAY) {
    return {
      message: 'Mødets varighed skal være mellem 1 og 1440 minutter.',
      messageEn: "The meeting's length must be between 1 and 1440 minutes.",
    };
  }
  const sequence = meeting.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    return {
      message: 'Versionsnummeret skal være et helt tal ≥ 0.',
      messageEn: 'The sequence must be a whole number ≥ 0.',
    };
  }
  const start = copenhagenToUtc(meeting.date, meeting.startTime);
  if (!start.ok) return { message: start.error.message, messageEn: start.error.messageEn };
  const reminder = meeting.reminderMinutes;
  if (reminder !== undefined && (!Number.isInteger(reminder) || reminder < 1 || reminder > 7 * MINUTES_PER_DAY)) {
    return {
      message: 'Påmindelsen skal være mellem 1 minut og 7 dage før mødet.',
      messageEn: 'The reminder must be between 1 minute and 7 days before the meeting.',
    };
  }
  if (meeting.method === 'REQUEST' && !(meeting.organizer && usableEmail(meeting.organizer))) {
    return {
      message:
        'En invitation skal komme fra en mødeleder med e-mailadresse. Tilføj netværkslederens e-mail, eller gem som kalenderpost.',
      messageEn:
        "An invitation must come from an organiser with an e-mail address. Add the network leader's e-mail, or save as a calendar entry.",
    };
  }
  return null;
}

/** The complete .ics text (CRLF line endings, folded) for one meeting; `now` stamps DTSTAMP. */
export function buildIcs(meeting: IcsMeeting, now: Date, options: IcsOptions = {}): string {
  const problem = icsMeetingProblem(meeting);
  if (problem) throw new AppError('invalid-input', problem.message, problem.messageEn);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${meeting.method ?? 'PUBLISH'}`,
    ...COPENHAGEN_VTIMEZONE_LINES,
    ...eventLines(meeting, now, options.uidDomain ?? DEFAULT_UID_DOMAIN),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

function eventLines(meeting: IcsMeeting, now: Date, uidDomain: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${meeting.id.trim()}@${uidDomain}`)}`,
    `DTSTAMP:${formatIcsUtcDateTime(now)}`,
    ...timeLines(meeting),
    `SUMMARY:${escapeIcsText(sanitizeIcsText(meeting.title).trim() || 'Møde')}`,
  ];

  const description = buildIcsDescription(meeting);
  if (description !== '') lines.push(`DESCRIPTION:${escapeIcsText(description)}`);

  const url = usableUrl(meeting.onlineUrl);
  const location = sanitizeIcsText(meeting.location ?? '').trim() || sanitizeIcsText(meeting.onlineUrl ?? '').trim();
  if (location !== '') lines.push(`LOCATION:${escapeIcsText(location)}`);
  if (url) lines.push(`URL:${url}`);

  if (meeting.organizer) {
    const organizer = personLine('ORGANIZER', meeting.organizer, '');
    if (organizer) lines.push(organizer);
  }
  // Only an invitation addresses people; a published entry names them in DESCRIPTION alone.
  if (meeting.method === 'REQUEST') {
    for (const attendee of meeting.attendees) {
      const partstat = attendee.partstat ?? 'NEEDS-ACTION';
      const rsvp = partstat === 'NEEDS-ACTION' ? 'TRUE' : 'FALSE';
      const line = personLine('ATTENDEE', attendee, `;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};RSVP=${rsvp}`);
      if (line) lines.push(line);
    }
  }

  lines.push(
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${meeting.sequence ?? 0}`,
    'TRANSP:OPAQUE',
  );
  if (meeting.reminderMinutes !== undefined) lines.push(...alarmLines(meeting));
  lines.push('END:VEVENT');
  return lines;
}

/** A display reminder before the start; its text is the meeting's title. */
function alarmLines(meeting: IcsMeeting): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(sanitizeIcsText(meeting.title).trim() || 'Møde')}`,
    `TRIGGER:-PT${meeting.reminderMinutes ?? 0}M`,
    'END:VALARM',
  ];
}

/** DTSTART and DTEND; the start was checked, so only a bug could make these fail. */
function timeLines(meeting: IcsMeeting): [string, string] {
  const start = copenhagenToUtc(meeting.date, meeting.startTime);
  if (!start.ok) throw new AppError('invalid-input', start.error.message, start.error.messageEn);
  const startLine = start.value.repeated
    ? `DTSTART:${formatIcsUtcDateTime(start.value.instant)}`
    : `DTSTART;TZID=${ICS_TZID}:${formatIcsLocalDateTime(meeting.date, meeting.startTime)}`;
  return [startLine, endLine(meetingEnd(meeting.date, meeting.startTime, meeting.durationMinutes))];
}

/**
 * Local time with TZID, or UTC when the wall time happens twice and could be misread; `meetingEnd`
 * never lands in the spring gap. A repeated end takes its first pass: the start is at its own first
 * pass and earlier on the clock.
 */
function endLine(end: WallClockTime): string {
  const local = copenhagenToUtc(end.date, end.time);
  if (!local.ok) throw new AppError('invalid-input', local.error.message, local.error.messageEn);
  if (!local.value.repeated) return `DTEND;TZID=${ICS_TZID}:${formatIcsLocalDateTime(end.date, end.time)}`;
  return `DTEND:${formatIcsUtcDateTime(local.value.instant)}`;
}

/** ORGANIZER/ATTENDEE line, or null when no usable e-mail is known (the name is in DESCRIPTION). */
function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: IcsPerson, extraParams: string): string | null {
  const email = usableEmail(person);
  if (!email) return null;
  const name = person.name.trim();
  const cn = name === '' ? '' : `;CN=${formatIcsParamValue(name)}`;
  return `${property}${cn}${extraParams}:mailto:${email}`;
}
