/**
 * What was written at a meeting, grouped under the agenda items in agenda order: the one order the
 * live view, the opsamling and the referat all show. Within an item: notes, decisions, tasks, each
 * in the order written. What belongs to no item (or to a removed one) comes last.
 */
import type { ActionItem, AgendaItem, Decision, ItemNote, Meeting } from '../entities/meeting';

/** The notes, decisions and tasks under one agenda item. */
export interface ItemRecord {
  /** The agenda item, or null for what belongs to none. */
  item: AgendaItem | null;
  /** 1-based number on the agenda, 0 for what belongs to none. */
  number: number;
  notes: ItemNote[];
  decisions: Decision[];
  actions: ActionItem[];
}

/** The meeting's notes, decisions and tasks under each agenda item, then those under none. */
export function recordsByItem(meeting: Pick<Meeting, 'agenda' | 'itemNotes' | 'decisions' | 'actions'>): ItemRecord[] {
  const ids = new Set(meeting.agenda.map((item) => item.id));
  const under = (id: string | null | undefined) => (id !== null && id !== undefined && ids.has(id) ? id : null);
  const records: ItemRecord[] = meeting.agenda.map((item, index) => ({
    item,
    number: index + 1,
    notes: meeting.itemNotes.filter((n) => under(n.agendaItemId) === item.id),
    decisions: meeting.decisions.filter((d) => under(d.agendaItemId) === item.id),
    actions: meeting.actions.filter((a) => under(a.agendaItemId) === item.id),
  }));
  records.push({
    item: null,
    number: 0,
    notes: meeting.itemNotes.filter((n) => under(n.agendaItemId) === null),
    decisions: meeting.decisions.filter((d) => under(d.agendaItemId) === null),
    actions: meeting.actions.filter((a) => under(a.agendaItemId) === null),
  });
  return records;
}

/** True when nothing was written under the record. */
export function isEmptyRecord(record: ItemRecord): boolean {
  return record.notes.length === 0 && record.decisions.length === 0 && record.actions.length === 0;
}
