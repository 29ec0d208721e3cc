/** The dagsorden as a DocumentModel: when and where, why, the time-boxed items, and who is invited. */
import { agendaItemKindLabels, findMeetingMethod } from '../../shared/domain';
import type { Meeting } from '../../shared/entities';
import {
  computeAgendaClock,
  formatMeetingTimeRange,
  formatWeekdayDate,
  RANGE_DASH,
  weekLabel,
} from '../../shared/time';
import {
  para,
  type DocBlock,
  type DocumentLang,
  type DocumentModel,
  type Letterhead,
} from '../../shared/documents/document-model';
import { meetingDocLabels, type MeetingDocLabels } from './meeting-doc-labels';

/** One invited person as the documents show them. */
export interface DocPerson {
  id: string;
  name: string;
  /** Unit or title, '' when unknown. */
  detail: string;
}

/** Everything a meeting document needs besides the meeting itself, resolved by the caller. */
export interface MeetingDocInput {
  meeting: Meeting;
  networkName: string;
  author: string;
  created: Date;
  lang: DocumentLang;
  /** The meeting's participants in order, with names resolved. */
  people: DocPerson[];
  /** The sender in every page's header (house style); the app's name when left out. */
  letterhead?: Letterhead;
  /** The referat prints each item's notes only when the user asks for them. */
  includeNotes?: boolean;
  /** Open items from the network's earlier meetings, not yet taken up (the referat lists them). */
  openFromEarlier: OpenFromEarlier[];
  /** The network's next planned meeting after this one, if any. */
  nextMeeting: NextMeeting | null;
}

/** An open task or undecided item from an earlier meeting. */
export interface OpenFromEarlier {
  title: string;
  meetingTitle: string;
  meetingDate: string;
  /** Owner or responsible by name, or ''. */
  responsible: string;
}

/** When and where the network meets next. */
export interface NextMeeting {
  title: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  location: string;
}

/**
 * The dagsorden document for a meeting: the facts, why we meet, what to prepare, then the items.
 * Preparation comes before the items, as it is what participants act on before the day.
 */
export function agendaDocument(input: MeetingDocInput): DocumentModel {
  const { meeting, lang } = input;
  const labels = meetingDocLabels(lang);
  const facts = meetingFacts(input, labels);
  if (input.people.length > 0) facts.push([labels.participants, input.people.map(personLine).join('\n')]);
  const blocks: DocBlock[] = [{ type: 'keyValue', rows: facts }];
  if (meeting.status === 'cancelled') blocks.push({ type: 'note', text: labels.cancelled });
  if (meeting.purpose.trim() !== '')
    blocks.push({ type: 'heading', level: 1, text: labels.purpose }, ...paragraphs(meeting.purpose));
  if (meeting.desiredOutcome.trim() !== '') {
    blocks.push({ type: 'heading', level: 1, text: labels.desiredOutcome }, ...paragraphs(meeting.desiredOutcome));
  }
  if (meeting.preparation.trim() !== '')
    blocks.push({ type: 'heading', level: 1, text: labels.preparation }, ...paragraphs(meeting.preparation));
  blocks.push({ type: 'heading', level: 1, text: labels.agenda });
  blocks.push(...agendaTable(input, labels));
  return {
    title: `${labels.agenda}: ${meeting.title}`,
    subtitle: `${input.networkName} · ${formatWeekdayDate(meeting.date, lang)}`,
    author: input.author,
    created: input.created,
    lang,
    ...(input.letterhead ? { letterhead: input.letterhead } : {}),
    blocks,
  };
}

/** Network, date with week number, time range and place: the facts both documents open with. */
export function meetingFacts(input: MeetingDocInput, labels: MeetingDocLabels): Array<[string, string]> {
  const { meeting, lang } = input;
  const rows: Array<[string, string]> = [
    [labels.network, input.networkName],
    [labels.date, `${formatWeekdayDate(meeting.date, lang)} (${weekLabel(meeting.date, lang)})`],
    [labels.time, formatMeetingTimeRange(meeting.startTime, meeting.durationMinutes, meeting.date)],
  ];
  if (meeting.location.trim() !== '') rows.push([labels.place, meeting.location.trim()]);
  if (meeting.onlineUrl.trim() !== '') rows.push([labels.onlineLink, meeting.onlineUrl.trim()]);
  return rows;
}

function agendaTable(input: MeetingDocInput, labels: MeetingDocLabels): DocBlock[] {
  const { meeting, lang } = input;
  if (meeting.agenda.length === 0) return [para(labels.noAgenda)];
  const clock = computeAgendaClock({
    startTime: meeting.startTime,
    durationMinutes: meeting.durationMinutes,
    itemMinutes: meeting.agenda.map((item) => item.minutes),
  });
  const rows = meeting.agenda.map((item, index) => {
    const placed = clock.ok ? clock.value.items[index] : undefined;
    const time = placed ? `${placed.startTime}${RANGE_DASH}${placed.endTime}` : `${item.minutes} min`;
    // The item's notes for the participants go on the agenda; the facilitator's own notes never do.
    const forParticipants = item.participantNotes.trim();
    const what = [
      `${index + 1}. ${item.title.trim() || '—'}`,
      item.purpose.trim(),
      forParticipants === '' ? '' : `${labels.forParticipants}: ${forParticipants}`,
    ]
      .filter(Boolean)
      .join('\n');
    const method = findMeetingMethod(item.methodId);
    const form = [agendaItemKindLabels[item.kind][lang], method && method.id !== 'pause' ? method.name[lang] : '']
      .filter(Boolean)
      .join('\n');
    const responsible = input.people.find((p) => p.id === item.responsibleId)?.name ?? '';
    return [time, what, form, responsible];
  });
  return [
    {
      type: 'table',
      columns: [labels.colTime, labels.colItem, labels.colForm, labels.colResponsible],
      widths: [1.35, 3.6, 1.8, 1.8],
      rows,
    },
  ];
}

/** A text as paragraphs, one per blank-line separated block. */
export function paragraphs(text: string): DocBlock[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => para(chunk.trim()));
}

function personLine(person: DocPerson): string {
  return person.detail === '' ? person.name : `${person.name}, ${person.detail}`;
}
