/**
 * The referat as a DocumentModel, written punkt for punkt as Danish minutes are: the facts and who
 * came, then each agenda item with its type, responsible, notes (when chosen), the decisions and the
 * tasks made under it; then the overall summary, what was decided or agreed outside the items, the
 * open items carried from earlier meetings, and the next meeting.
 */
import { agendaItemKindLabels } from '../../shared/domain';
import type { ActionItem, AgendaItem, Attendance, Decision } from '../../shared/entities';
import { ATTENDANCES } from '../../shared/entities';
import { formatMeetingTimeRange, formatShortDate, formatWeekdayDate } from '../../shared/time';
import { para, type DocBlock, type DocumentModel } from '../../shared/documents/document-model';
import { meetingFacts, paragraphs, type MeetingDocInput } from './agenda-document';
import { meetingDocLabels, type MeetingDocLabels } from './meeting-doc-labels';

/** The referat document for a meeting. */
export function minutesDocument(input: MeetingDocInput): DocumentModel {
  const { meeting, lang } = input;
  const labels = meetingDocLabels(lang);
  const facts = meetingFacts(input, labels);
  const referent = minutesTakerName(input);
  if (referent !== '') facts.push([labels.minutesTaker, referent]);
  const blocks: DocBlock[] = [{ type: 'keyValue', rows: facts }];
  const draft = meeting.status !== 'held';
  if (draft) blocks.push({ type: 'note', text: labels.draftNote });

  blocks.push({ type: 'heading', level: 1, text: labels.participants });
  const attendance = attendanceRows(input, labels);
  blocks.push(attendance.length > 0 ? { type: 'keyValue', rows: attendance } : para('—'));

  if (meeting.agenda.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: labels.itemsHeading });
    meeting.agenda.forEach((item, index) => blocks.push(...itemBlocks(input, labels, item, index)));
  }

  blocks.push({ type: 'heading', level: 1, text: labels.summary });
  blocks.push(...(meeting.summary.trim() === '' ? [para(labels.noSummary)] : paragraphs(meeting.summary)));

  const itemIds = new Set(meeting.agenda.map((item) => item.id));
  const looseDecisions = meeting.decisions.filter((d) => d.agendaItemId === null || !itemIds.has(d.agendaItemId));
  const looseActions = meeting.actions.filter((a) => a.agendaItemId === null || !itemIds.has(a.agendaItemId));
  const anyDecision = meeting.decisions.length > 0;
  const anyAction = meeting.actions.length > 0;
  if (looseDecisions.length > 0 || !anyDecision) {
    blocks.push({ type: 'heading', level: 1, text: anyDecision ? labels.otherDecisions : labels.decisions });
    blocks.push(...decisionBlocks(looseDecisions, labels));
  }
  if (looseActions.length > 0 || !anyAction) {
    blocks.push({ type: 'heading', level: 1, text: anyAction ? labels.otherActions : labels.actions });
    blocks.push(...actionBlocks(input, looseActions, labels));
  }

  blocks.push({ type: 'heading', level: 1, text: labels.carriedOpen });
  blocks.push(
    input.openFromEarlier.length === 0
      ? para(labels.noCarriedOpen)
      : {
          type: 'table',
          columns: [labels.colOpenItem, labels.colFrom, labels.colResponsible],
          widths: [3.4, 2.2, 1.8],
          rows: input.openFromEarlier.map((open) => [
            open.title,
            `${open.meetingTitle}, ${formatShortDate(open.meetingDate, lang)}`,
            open.responsible,
          ]),
        },
  );

  blocks.push({ type: 'heading', level: 1, text: labels.nextMeeting });
  const next = input.nextMeeting;
  blocks.push(
    next
      ? {
          type: 'keyValue',
          rows: [
            [labels.date, formatWeekdayDate(next.date, lang)],
            [labels.time, formatMeetingTimeRange(next.startTime, next.durationMinutes, next.date)],
            ...(next.location.trim() === '' ? [] : [[labels.place, next.location.trim()] as [string, string]]),
            [labels.meetingTitle, next.title],
          ],
        }
      : para(labels.noNextMeeting),
  );

  return {
    title: `${labels.minutes}: ${meeting.title}`,
    subtitle: `${input.networkName} · ${formatWeekdayDate(meeting.date, lang)}`,
    author: input.author,
    created: input.created,
    lang,
    ...(input.letterhead ? { letterhead: input.letterhead } : {}),
    draft,
    blocks,
  };
}

// Punkt N: its heading, a line with type and responsible, its notes when asked for, then what was
// decided and agreed under it.
function itemBlocks(input: MeetingDocInput, labels: MeetingDocLabels, item: AgendaItem, index: number): DocBlock[] {
  const { meeting, lang } = input;
  const blocks: DocBlock[] = [
    { type: 'heading', level: 2, text: `${labels.item} ${index + 1}. ${item.title.trim() || '—'}` },
  ];
  const responsible = input.people.find((p) => p.id === item.responsibleId)?.name ?? '';
  const facts = [
    agendaItemKindLabels[item.kind][lang],
    responsible === '' ? '' : `${labels.colResponsible}: ${responsible}`,
  ];
  blocks.push({ type: 'paragraph', runs: [{ text: facts.filter(Boolean).join(' · '), italic: true }] });
  // What was written under the item while the meeting ran is the referat; the planning notes only on request.
  for (const note of meeting.itemNotes.filter((n) => n.agendaItemId === item.id)) blocks.push(...paragraphs(note.text));
  if (input.includeNotes === true && item.notes.trim() !== '') blocks.push(...paragraphs(item.notes));
  const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
  const actions = meeting.actions.filter((a) => a.agendaItemId === item.id);
  if (decisions.length > 0)
    blocks.push({ type: 'heading', level: 3, text: labels.decision }, ...decisionBlocks(decisions, labels));
  if (actions.length > 0)
    blocks.push({ type: 'heading', level: 3, text: labels.actions }, ...actionBlocks(input, actions, labels));
  return blocks;
}

function decisionBlocks(decisions: Decision[], labels: MeetingDocLabels): DocBlock[] {
  if (decisions.length === 0) return [para(labels.noDecisions)];
  return [{ type: 'numbered', items: decisions.map((decision) => decision.text.trim()) }];
}

function actionBlocks(input: MeetingDocInput, actions: ActionItem[], labels: MeetingDocLabels): DocBlock[] {
  if (actions.length === 0) return [para(labels.noActions)];
  return [
    {
      type: 'table',
      columns: [labels.colTask, labels.colOwner, labels.colDue, labels.colStatus],
      widths: [4, 2, 1.4, 1.1],
      rows: actions.map((action) => [
        action.text.trim(),
        input.people.find((p) => p.id === action.ownerId)?.name ?? '',
        action.dueDate === '' ? '' : formatShortDate(action.dueDate, input.lang),
        action.done ? labels.done : labels.open,
      ]),
    },
  ];
}

/** The chosen referent when one is set and came; otherwise the document's author. */
function minutesTakerName(input: MeetingDocInput): string {
  const { meeting } = input;
  const taker = meeting.participants.find((p) => p.id === meeting.minutesTakerId);
  if (taker && taker.attendance !== 'absent' && taker.attendance !== 'excused') {
    return input.people.find((p) => p.id === taker.id)?.name ?? taker.name;
  }
  return input.author.trim();
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
