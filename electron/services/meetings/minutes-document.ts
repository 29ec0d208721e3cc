/** The referat as a DocumentModel: attendance, the opsamling, decisions and the action items table. */
import type { Attendance } from '../../shared/entities';
import { ATTENDANCES } from '../../shared/entities';
import { formatShortDate, formatWeekdayDate } from '../../shared/time';
import { para, type DocBlock, type DocumentModel } from '../export/document-model';
import { meetingFacts, paragraphs, type MeetingDocInput } from './agenda-document';
import { meetingDocLabels, type MeetingDocLabels } from './meeting-doc-labels';

/** The referat document for a meeting. */
export function minutesDocument(input: MeetingDocInput): DocumentModel {
  const { meeting, lang } = input;
  const labels = meetingDocLabels(lang);
  const facts = meetingFacts(input, labels);
  if (input.author.trim() !== '') facts.push([labels.minutesTaker, input.author.trim()]);
  const blocks: DocBlock[] = [{ type: 'keyValue', rows: facts }];

  blocks.push({ type: 'heading', level: 1, text: labels.participants });
  const attendance = attendanceRows(input, labels);
  blocks.push(attendance.length > 0 ? { type: 'keyValue', rows: attendance } : para('—'));

  if (meeting.agenda.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: labels.agenda });
    blocks.push({ type: 'numbered', items: meeting.agenda.map((item) => item.title.trim() || '—') });
  }

  blocks.push({ type: 'heading', level: 1, text: labels.summary });
  blocks.push(...(meeting.summary.trim() === '' ? [para(labels.noSummary)] : paragraphs(meeting.summary)));

  blocks.push({ type: 'heading', level: 1, text: labels.decisions });
  if (meeting.decisions.length === 0) blocks.push(para(labels.noDecisions));
  else {
    blocks.push({
      type: 'numbered',
      items: meeting.decisions.map((decision) => {
        const index = meeting.agenda.findIndex((item) => item.id === decision.agendaItemId);
        const item = meeting.agenda[index];
        return item
          ? `${decision.text.trim()} (${labels.agendaItem} ${index + 1}: ${item.title.trim()})`
          : decision.text.trim();
      }),
    });
  }

  blocks.push({ type: 'heading', level: 1, text: labels.actions });
  if (meeting.actions.length === 0) blocks.push(para(labels.noActions));
  else {
    blocks.push({
      type: 'table',
      columns: [labels.colTask, labels.colOwner, labels.colDue, labels.colStatus],
      widths: [4, 2, 1.4, 1.1],
      rows: meeting.actions.map((action) => [
        action.text.trim(),
        input.people.find((p) => p.id === action.ownerId)?.name ?? '',
        action.dueDate === '' ? '' : formatShortDate(action.dueDate, lang),
        action.done ? labels.done : labels.open,
      ]),
    });
  }

  return {
    title: `${labels.minutes}: ${meeting.title}`,
    subtitle: `${input.networkName} · ${formatWeekdayDate(meeting.date, lang)}`,
    author: input.author,
    created: input.created,
    lang,
    blocks,
  };
}

/** "Til stede: A, B" and so on, one row per attendance that anyone has, in a fixed order. */
function attendanceRows(input: MeetingDocInput, labels: MeetingDocLabels): Array<[string, string]> {
  const byAttendance = new Map<Attendance, string[]>();
  for (const participant of input.meeting.participants) {
    const name = input.people.find((p) => p.id === participant.id)?.name ?? participant.name;
    byAttendance.set(participant.attendance, [...(byAttendance.get(participant.attendance) ?? []), name]);
  }
  const order: Attendance[] = ['present', 'excused', 'absent', 'unknown'];
  return order
    .filter((a) => ATTENDANCES.includes(a) && byAttendance.has(a))
    .map((a) => [labels.attendance[a], (byAttendance.get(a) ?? []).join(', ')]);
}
