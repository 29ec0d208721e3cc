import type { Meeting, MeetingParticipant } from '$shared/entities';
import {
  clockTimeFromMinutes,
  formatMeetingTimeRange,
  formatWeekdayDate,
  todayInCopenhagen,
  weekLabel,
} from '$shared/time';
import { i18n } from '../../lib/i18n/i18n.svelte';
import { people } from '../../lib/state/people.svelte';

/** Today's date in Copenhagen, read from the machine's clock. */
export function todayIso(): string {
  return todayInCopenhagen(new Date());
}

/** When a meeting is, in its parts (weekday date, week, time), so a heading keeps each part whole on its line. */
export function meetingWhenParts(meeting: Meeting): string[] {
  const range = safeRange(meeting);
  if (meeting.date === '') return [range];
  return [formatWeekdayDate(meeting.date, i18n.lang), weekLabel(meeting.date, i18n.lang), range];
}

/** "09:30–11:00", or just the start when the stored values cannot make a range. */
export function safeRange(meeting: Meeting): string {
  try {
    return formatMeetingTimeRange(meeting.startTime, meeting.durationMinutes, meeting.date);
  } catch {
    return meeting.startTime;
  }
}

/** Reads a time as people type it ("9.30", "930", "09:30", "9") into `HH:MM`; null when it is no time. */
export function parseTimeInput(text: string): string | null {
  const raw = text.trim();
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(raw);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return clockTimeFromMinutes(hours * 60 + minutes);
}

/** A participant's name now: from the people list when they are on it, else as stored. */
export function participantName(participant: MeetingParticipant): string {
  return people.byId(participant.personId)?.name ?? participant.name;
}

/** The name of the participant with that id in a meeting, or ''. */
export function nameIn(meeting: Meeting, participantId: string | null): string {
  const participant = meeting.participants.find((p) => p.id === participantId);
  return participant ? participantName(participant) : '';
}

/** True when the meeting is today or later and not cancelled or held. */
export function isUpcoming(meeting: Meeting, today: string): boolean {
  return meeting.date >= today && meeting.status === 'planned';
}
