/** The referat as a DocumentModel: attendance, the opsamling, decisions and the action items table. */
import type { Attendance } from '../../shared/entities';
import { ATTENDANCES } from '../../shared/entities';
import { recordsByItem } from '../../shared/meeting-live/by-item';
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

  // Item by item, in agenda order: what was written under each item while the meeting ran.
  const records = recordsByItem(meeting);
  const owner = (id: string | null) => input.people.find((p) => p.id === id)?.name ?? '';
  if (meeting.agenda.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: labels.agenda });
    for (const record of records) {
      if (!record.item) continue;
      blocks.push({ type: 'heading', level: 2, text: `${record.number}. ${record.item.title.trim() || '—'}` });
      for (const note of record.notes) blocks.push(...paragraphs(note.text));
      const lines = [
        ...record.decisions.map((d) => `${labels.decisionLine}: ${d.text.trim()}`),
        ...record.actions.map((a) =>
          [`${labels.colTask}: ${a.text.trim()}`, owner(a.ownerId), a.dueDate && formatShortDate(a.dueDate, lang)]
            .filter(Boolean)
            .join(' · '),
        ),
      ];
      if (lines.length > 0) blocks.push({ type: 'bullets', items: lines });
    }
  }
  const decisions = records.flatMap((r) => r.decisions);
  const actions = records.flatMap((r) => r.actions);

  blocks.push({ type: 'heading', level: 1, text: labels.summary });
  blocks.push(...(meeting.summary.trim() === '' ? [para(labels.noSummary)] : paragraphs(meeting.summary)));

  blocks.push({ type: 'heading', level: 1, text: labels.decisions });
  if (decisions.length === 0) blocks.push(para(labels.noDecisions));
  else {
    blocks.push({
      type: 'numbered',
      items: decisions.map((decision) => {
        const index = meeting.agenda.findIndex((item) => item.id === decision.agendaItemId);
        const item = meeting.agenda[index];
        return item
          ? `${decision.text.trim()} (${labels.agendaItem} ${index + 1}: ${item.title.trim()})`
          : decision.text.trim();
      }),
    });
  }

  blocks.push({ type: 'heading', level: 1, text: labels.actions });
  if (actions.length === 0) blocks.push(para(labels.noActions));
  else {
    blocks.push({
      type: 'table',
      columns: [labels.colTask, labels.colOwner, labels.colDue, labels.colStatus],
      widths: [4, 2, 1.4, 1.1],
      rows: actions.map((action) => [
        action.text.trim(),
        owner(action.ownerId),
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
