/** Read-only views across meetings: carry-forward, open action items for Overblik, the decision register. */
import type { CarryForwardCandidate, DecisionRecord, Meeting, OpenActionItem } from '../../shared/entities';
import { isClosingItem } from '../../shared/domain/agenda-roles';
import type { AppData } from '../storage/app-data';
import { nameOfParticipant } from './meeting-people';
import { byMeetingTime } from './meeting-records';

/** Real meetings (not templates). */
function meetingsOf(data: AppData, networkId?: string): Meeting[] {
  return data.meetings.filter((m) => !m.isTemplate && (networkId === undefined || m.networkId === networkId));
}

function carriedKey(meetingId: string, sourceId: string): string {
  return `${meetingId}/${sourceId}`;
}

/** True for a beslutning item no decision in its meeting answers yet. */
function isUndecided(meeting: Meeting, itemId: string): boolean {
  return !meeting.decisions.some((d) => d.agendaItemId === itemId);
}

/** True for an item a meeting that was run live never reached before it ended. */
function neverReached(meeting: Meeting, itemId: string): boolean {
  const run = meeting.run;
  if (!run || run.endedAt === null) return false;
  return !run.items.some((entry) => entry.itemId === itemId && entry.spans.length > 0);
}

/**
 * What a meeting on `date` could take over from the network's earlier meetings: open action items
 * beslutning items nothing was decided on, and items a meeting run live never reached. "Earlier" is a held meeting, or a planned one on an
 * earlier day; cancelled meetings pass nothing on, and a closing item (opsamling) is never offered. Anything already taken up by another meeting is
 * left out, so each open point is offered once (deleting that meeting offers it again).
 */
export function carryForwardCandidates(
  data: AppData,
  networkId: string,
  date: string,
  exceptMeetingId?: string,
): CarryForwardCandidate[] {
  const meetings = meetingsOf(data, networkId);
  const taken = new Set(
    meetings.flatMap((m) =>
      m.agenda.flatMap((item) =>
        item.carriedFrom ? [carriedKey(item.carriedFrom.meetingId, item.carriedFrom.sourceId)] : [],
      ),
    ),
  );
  const sources = meetings
    .filter((m) => m.id !== exceptMeetingId && m.status !== 'cancelled' && (m.status === 'held' || m.date < date))
    .sort(byMeetingTime);
  const candidates: CarryForwardCandidate[] = [];
  for (const meeting of sources) {
    for (const action of meeting.actions) {
      if (action.done || taken.has(carriedKey(meeting.id, action.id))) continue;
      candidates.push({
        from: { meetingId: meeting.id, sourceId: action.id, source: 'action' },
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
        title: action.text,
        kind: 'orientering',
        responsibleId: action.ownerId,
      });
    }
    for (const item of meeting.agenda) {
      // The closing item is every meeting's own; carrying it would give the next one two.
      if (isClosingItem(item)) continue;
      const open =
        (item.kind === 'beslutning' && isUndecided(meeting, item.id)) ||
        (item.kind !== 'pause' && neverReached(meeting, item.id));
      if (!open || taken.has(carriedKey(meeting.id, item.id))) continue;
      candidates.push({
        from: { meetingId: meeting.id, sourceId: item.id, source: 'agenda-item' },
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
        title: item.title,
        kind: item.kind,
        responsibleId: item.responsibleId,
      });
    }
  }
  return candidates;
}

/** Open action items of meetings in networks still in use: overdue first, then by due date, undated last. */
export function openActions(data: AppData, today: string): OpenActionItem[] {
  const liveNetworks = new Set(data.networks.filter((n) => n.archivedAt === null).map((n) => n.id));
  const open: OpenActionItem[] = [];
  for (const meeting of meetingsOf(data)) {
    if (!liveNetworks.has(meeting.networkId)) continue;
    for (const action of meeting.actions) {
      if (action.done) continue;
      open.push({
        action: structuredClone(action),
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
        networkId: meeting.networkId,
        ownerName: nameOfParticipant(data, meeting, action.ownerId),
        overdue: action.dueDate !== '' && action.dueDate < today,
      });
    }
  }
  return open.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      dueRank(a) - dueRank(b) ||
      a.action.dueDate.localeCompare(b.action.dueDate) ||
      a.meetingDate.localeCompare(b.meetingDate),
  );
}

function dueRank(item: OpenActionItem): number {
  return item.action.dueDate === '' ? 1 : 0;
}

/**
 * Every decision of a network, newest meeting first. A query matches when each of its words is
 * found in the decision, its meeting's title, the agenda item it answers or the date.
 */
export function decisionRegister(data: AppData, networkId: string, query = ''): DecisionRecord[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  const records: DecisionRecord[] = [];
  for (const meeting of meetingsOf(data, networkId).sort(byMeetingTime).reverse()) {
    for (const decision of meeting.decisions) {
      const agendaItemTitle = meeting.agenda.find((item) => item.id === decision.agendaItemId)?.title ?? '';
      const haystack = [decision.text, meeting.title, agendaItemTitle, meeting.date, danishDate(meeting.date)]
        .join(' ')
        .toLocaleLowerCase('da');
      if (!words.every((word) => haystack.includes(word))) continue;
      records.push({
        decision: structuredClone(decision),
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingDate: meeting.date,
        agendaItemTitle,
      });
    }
  }
  return records;
}

/** "2026-11-22" as "22.11.2026", so people can search dates the way they write them. */
function danishDate(date: string): string {
  const [y, m, d] = date.split('-');
  return y && m && d ? `${d}.${m}.${y}` : '';
}
