import { notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import type { AgendaItem, Meeting } from '../../shared/entities';
import type { ServiceContext } from '../service-context';
import { newAgendaItem } from './meeting-factory';
import { changeMeeting } from './meeting-records';
import { assertParticipant } from './meeting-rules';

/** Builds a meeting's agenda: add, change, reorder and remove time-boxed items. */
export class AgendaService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Adds an item at the end, or at `index`; a break is just an item of kind 'pause'. */
  addItem({ id, item, index }: ValidInputOf<'meetings:add-agenda-item'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      assertParticipant(draft, item.responsibleId);
      const added = newAgendaItem(item);
      const at = index === undefined ? draft.agenda.length : Math.min(index, draft.agenda.length);
      draft.agenda.splice(at, 0, added);
    });
  }

  /** Changes the given fields of one item. */
  updateItem({ id, itemId, patch }: ValidInputOf<'meetings:update-agenda-item'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const item = requireItem(draft, itemId);
      assertParticipant(draft, patch.responsibleId);
      Object.assign(item, definedOnly(patch));
    });
  }

  /** Moves one item to a new position (clamped to the list). */
  moveItem({ id, itemId, toIndex }: ValidInputOf<'meetings:move-agenda-item'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const item = requireItem(draft, itemId);
      const rest = draft.agenda.filter((i) => i.id !== itemId);
      rest.splice(Math.min(toIndex, rest.length), 0, item);
      draft.agenda = rest;
    });
  }

  /** Sets several timeboxes in one change; every item is checked before any is changed. */
  setMinutes({ id, minutes }: ValidInputOf<'meetings:set-agenda-minutes'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const items = minutes.map((entry) => requireItem(draft, entry.itemId));
      for (const [i, item] of items.entries()) item.minutes = minutes[i]!.minutes;
    });
  }

  /** Removes an item; decisions and tasks made under it stay, no longer pointing at it. */
  removeItem({ id, itemId }: ValidInputOf<'meetings:remove-agenda-item'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      requireItem(draft, itemId);
      draft.agenda = draft.agenda.filter((i) => i.id !== itemId);
      for (const decision of draft.decisions) if (decision.agendaItemId === itemId) decision.agendaItemId = null;
      for (const action of draft.actions) if (action.agendaItemId === itemId) action.agendaItemId = null;
      for (const note of draft.itemNotes) if (note.agendaItemId === itemId) note.agendaItemId = null;
    });
  }
}

function requireItem(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw notFound('Dagsordenspunktet', 'The agenda item');
  return item;
}

/** The patch without undefined values, so Object.assign never blanks a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
