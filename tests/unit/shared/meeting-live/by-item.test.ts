import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting } from '../../../../electron/shared/entities';
import { recordsByItem } from '../../../../electron/shared/meeting-live';

const item = (id: string): AgendaItem => ({
  id,
  title: id,
  kind: 'droeftelse',
  minutes: 10,
  methodId: '',
  responsibleId: null,
  purpose: '',
  notes: '',
  participantNotes: '',
  carriedFrom: null,
});
const action = (id: string, agendaItemId: string | null) => ({
  id,
  text: id,
  ownerId: null,
  dueDate: '',
  done: false,
  doneAt: null,
  agendaItemId,
});

describe('what was written, item by item', () => {
  it('groups under the items in agenda order, written order within, and what belongs to none last', () => {
    const meeting: Pick<Meeting, 'agenda' | 'itemNotes' | 'decisions' | 'actions'> = {
      agenda: [item('a'), item('b')],
      itemNotes: [
        { id: 'n1', agendaItemId: 'b', text: 'n1', createdAt: '' },
        { id: 'n2', agendaItemId: 'a', text: 'n2', createdAt: '' },
        { id: 'n3', agendaItemId: 'b', text: 'n3', createdAt: '' },
        { id: 'n4', agendaItemId: 'fjernet', text: 'n4', createdAt: '' },
      ],
      decisions: [
        { id: 'd1', text: 'd1', agendaItemId: null },
        { id: 'd2', text: 'd2', agendaItemId: 'a' },
      ],
      actions: [action('t1', 'b'), action('t2', null)],
    };
    const records = recordsByItem(meeting);
    expect(records.map((r) => [r.item?.id ?? null, r.number])).toEqual([
      ['a', 1],
      ['b', 2],
      [null, 0],
    ]);
    expect(records.map((r) => r.notes.map((n) => n.id))).toEqual([['n2'], ['n1', 'n3'], ['n4']]);
    expect(records.map((r) => r.decisions.map((d) => d.id))).toEqual([['d2'], [], ['d1']]);
    expect(records.map((r) => r.actions.map((a) => a.id))).toEqual([[], ['t1'], ['t2']]);
  });

  it('gives every item an empty record when nothing was written', () => {
    const records = recordsByItem({ agenda: [item('a')], itemNotes: [], decisions: [], actions: [] });
    expect(records.every((r) => r.notes.length === 0)).toBe(true);
  });
});
