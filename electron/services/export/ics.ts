/**
 * One meeting as an RFC 5545 calendar file. Times are written as Copenhagen wall time with a
 * VTIMEZONE, so the event keeps its local time in any calendar. The end is the start plus the
 * duration in elapsed minutes, which matters on a DST change day (01:30 + 180 min on 25 October is
 * 03:30). A wall time inside the repeated autumn hour (02:00–02:59 on the last Sunday of October)
 * is written in UTC instead: RFC 5545 says a reader should take the first occurrence, but readers
 * differ (ical.js takes the second), and a UTC time means one instant to all of them.
 */
import { AppError } from '../../shared/app-error';
import { isCalendarDate } from '../../shared/time/calendar-date';
import { isClockTime, MINUTES_PER_DAY } from '../../shared/time/clock-time';
import { addElapsedMinutesInCopenhagen, copenhagenToUtc } from '../../shared/time/copenhagen';
import { buildIcsDescription } from './ics-description';
import type { IcsMeeting, IcsPerson } from './ics-meeting';
import { usableEmail, usableUrl } from './ics-meeting';
import { CRLF, escapeIcsText, foldIcsLine, formatIcsParamValue, sanitizeIcsText } from './ics-text';
import { COPENHAGEN_VTIMEZONE_LINES, formatIcsLocalDateTime, formatIcsUtcDateTime, ICS_TZID } from './ics-timezone';

export type { IcsAgendaItem, IcsMeeting, IcsPerson } from './ics-meeting';

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
    'METHOD:PUBLISH',
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
  for (const attendee of meeting.attendees) {
    const line = personLine('ATTENDEE', attendee, ';ROLE=REQ-PARTICIPANT');
    if (line) lines.push(line);
  }

  lines.push(
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${meeting.sequence ?? 0}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  );
  return lines;
}

/** DTSTART and DTEND; the start was checked, so only a bug could make these fail. */
function timeLines(meeting: IcsMeeting): [string, string] {
  const start = copenhagenToUtc(meeting.date, meeting.startTime);
  const end = addElapsedMinutesInCopenhagen(meeting.date, meeting.startTime, meeting.durationMinutes);
  if (!start.ok) throw new AppError('invalid-input', start.error.message, start.error.messageEn);
  if (!end.ok) throw new AppError('invalid-input', end.error.message, end.error.messageEn);
  return [
    dateTimeLine('DTSTART', meeting.date, meeting.startTime, start.value.instant),
    dateTimeLine('DTEND', end.value.date, end.value.time, end.value.instant),
  ];
}

/** Local time with TZID, or UTC when the wall time happens twice and could be misread. */
function dateTimeLine(property: 'DTSTART' | 'DTEND', date: string, time: string, instant: Date): string {
  const local = copenhagenToUtc(date, time);
  return local.ok && !local.value.repeated
    ? `${property};TZID=${ICS_TZID}:${formatIcsLocalDateTime(date, time)}`
    : `${property}:${formatIcsUtcDateTime(instant)}`;
}

/** ORGANIZER/ATTENDEE line, or null when no usable e-mail is known (the name is in DESCRIPTION). */
function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: IcsPerson, extraParams: string): string | null {
  const email = usableEmail(person);
  if (!email) return null;
  const name = person.name.trim();
  const cn = name === '' ? '' : `;CN=${formatIcsParamValue(name)}`;
  return `${property}${cn}${extraParams}:mailto:${email}`;
}
