/**
 * The DESCRIPTION body: the user's own text, the online link, the agenda with clock times and
 * every participant by name (also those a calendar cannot invite because no e-mail is known, and
 * with afbud marked). Labels are in the chosen language only.
 */
import { computeAgendaClock } from '../../shared/time/agenda-clock';
import { RANGE_DASH } from '../../shared/time/format';
import type { IcsMeeting } from './ics-meeting';

const LABELS = {
  da: {
    link: 'Online-link',
    agenda: 'Dagsorden',
    item: 'Punkt',
    people: 'Deltagere',
    organizer: 'mødeleder',
    declined: 'afbud',
  },
  en: {
    link: 'Online link',
    agenda: 'Agenda',
    item: 'Item',
    people: 'Participants',
    organizer: 'organiser',
    declined: 'declined',
  },
} as const;

/** Plain text (unescaped) for the event's DESCRIPTION; empty when there is nothing to say. */
export function buildIcsDescription(meeting: IcsMeeting): string {
  const labels = LABELS[meeting.lang ?? 'da'];
  const sections: string[] = [];
  const own = meeting.description?.trim() ?? '';
  if (own !== '') sections.push(own);

  const link = meeting.onlineUrl?.trim() ?? '';
  if (link !== '') sections.push(`${labels.link}: ${link}`);

  const agenda = meeting.agenda ?? [];
  if (agenda.length > 0) {
    const clock = computeAgendaClock({
      startTime: meeting.startTime,
      durationMinutes: meeting.durationMinutes,
      itemMinutes: agenda.map((item) => item.minutes),
    });
    const lines = agenda.map((item, index) => {
      const placed = clock.ok ? clock.value.items[index] : undefined;
      const title = item.title.trim() || `${labels.item} ${index + 1}`;
      return placed ? `${placed.startTime}${RANGE_DASH}${placed.endTime} ${title}` : `${title} (${item.minutes} min)`;
    });
    sections.push([`${labels.agenda}:`, ...lines].join('\n'));
  }

  const names: string[] = [];
  const organizerName = meeting.organizer?.name.trim() ?? '';
  if (organizerName !== '') names.push(`${organizerName} (${labels.organizer})`);
  for (const attendee of meeting.attendees) {
    const name = attendee.name.trim();
    if (name !== '') names.push(attendee.partstat === 'DECLINED' ? `${name} (${labels.declined})` : name);
  }
  if (names.length > 0) sections.push([`${labels.people}:`, ...names].join('\n'));

  return sections.join('\n\n');
}
