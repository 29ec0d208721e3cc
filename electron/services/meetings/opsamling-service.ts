import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import type { ActionItem, Decision, Meeting } from '../../shared/entities';
import { findPerson } from '../people/people-service';
import type { ServiceContext } from '../service-context';
import { definedOnly } from './agenda-service';
import { personParticipant } from './meeting-people';
import { changeMeeting } from './meeting-records';
import { assertParticipant } from './meeting-rules';

/** Who comes and who came, and the opsamling afterwards: decisions and action items. */
export class OpsamlingService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Invites a person from the people list (once) or a guest by name and e-mail. */
  addParticipant({ id, personId, guest }: ValidInputOf<'meetings:add-participant'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft, data) => {
      if ((personId === undefined) === (guest === undefined)) {
        throw new AppError(
          'invalid-input',
          'Vælg enten en person eller skriv en gæsts navn.',
          'Choose a person or type a guest’s name.',
        );
      }
      if (personId !== undefined) {
        const person = findPerson(data, personId);
        if (!draft.participants.some((p) => p.id === personId)) draft.participants.push(personParticipant(person));
        return;
      }
      if (guest)
        draft.participants.push({
          id: randomUUID(),
          personId: null,
          name: guest.name,
          email: guest.email,
          attendance: 'unknown',
        });
    });
  }

  /** Records attendance, or corrects a guest's name or e-mail. */
  updateParticipant({ id, participantId, patch }: ValidInputOf<'meetings:update-participant'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const participant = draft.participants.find((p) => p.id === participantId);
      if (!participant) throw notFound('Deltageren', 'The participant');
      if (participant.personId !== null && (patch.name !== undefined || patch.email !== undefined)) {
        throw new AppError(
          'invalid-input',
          'Navn og e-mail rettes under Personer.',
          'Name and e-mail are changed under People.',
        );
      }
      if (
        participant.id === draft.minutesTakerId &&
        (patch.attendance === 'absent' || patch.attendance === 'excused')
      ) {
        throw new AppError(
          'invalid-input',
          'Personen er referent. Vælg en anden referent, før du melder personen fraværende.',
          'This person takes the minutes. Choose another minutes taker before marking them as not attending.',
        );
      }
      Object.assign(participant, definedOnly(patch));
    });
  }

  /** Takes someone off the meeting; what they owned is left without an owner, not deleted. */
  removeParticipant({ id, participantId }: ValidInputOf<'meetings:remove-participant'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      if (!draft.participants.some((p) => p.id === participantId)) throw notFound('Deltageren', 'The participant');
      draft.participants = draft.participants.filter((p) => p.id !== participantId);
      for (const item of draft.agenda) if (item.responsibleId === participantId) item.responsibleId = null;
      for (const action of draft.actions) if (action.ownerId === participantId) action.ownerId = null;
      if (draft.minutesTakerId === participantId) draft.minutesTakerId = null;
    });
  }

  /** Records a decision, optionally answering one of the agenda's items. */
  addDecision({ id, text, agendaItemId }: ValidInputOf<'meetings:add-decision'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      assertAgendaItem(draft, agendaItemId);
      draft.decisions.push({ id: randomUUID(), text, agendaItemId: agendaItemId ?? null });
    });
  }

  /** Rewords a decision or links it to another item. */
  updateDecision({ id, decisionId, patch }: ValidInputOf<'meetings:update-decision'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const decision = requireDecision(draft, decisionId);
      assertAgendaItem(draft, patch.agendaItemId);
      Object.assign(decision, definedOnly(patch));
    });
  }

  /** Removes a decision. */
  removeDecision({ id, decisionId }: ValidInputOf<'meetings:remove-decision'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      requireDecision(draft, decisionId);
      draft.decisions = draft.decisions.filter((d) => d.id !== decisionId);
    });
  }

  /** Adds an action item. */
  addAction({ id, text, ownerId, dueDate, agendaItemId }: ValidInputOf<'meetings:add-action'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      draft.actions.push(newActionItem(draft, { text, ownerId, dueDate }, agendaItemId));
    });
  }

  /** Changes an action item; ticking it done stamps when. */
  updateAction({ id, actionId, patch }: ValidInputOf<'meetings:update-action'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      const action = requireAction(draft, actionId);
      assertParticipant(draft, patch.ownerId);
      assertAgendaItem(draft, patch.agendaItemId);
      if (patch.text !== undefined && patch.text.trim() === '') {
        throw new AppError('invalid-input', 'Skriv, hvad opgaven går ud på.', 'Write what the task is.');
      }
      if (patch.done !== undefined && patch.done !== action.done) {
        action.doneAt = patch.done ? this.ctx.clock.now().toISOString() : null;
      }
      Object.assign(action, definedOnly(patch));
    });
  }

  /** Removes an action item. */
  removeAction({ id, actionId }: ValidInputOf<'meetings:remove-action'>): Promise<Meeting> {
    return changeMeeting(this.ctx, id, (draft) => {
      requireAction(draft, actionId);
      draft.actions = draft.actions.filter((a) => a.id !== actionId);
    });
  }
}

/** A new open task of a meeting; its owner must be invited and its agenda item on the agenda. */
export function newActionItem(
  meeting: Meeting,
  fields: { text: string; ownerId?: string | null | undefined; dueDate?: string | undefined },
  agendaItemId?: string | null,
): ActionItem {
  assertParticipant(meeting, fields.ownerId);
  assertAgendaItem(meeting, agendaItemId);
  return {
    id: randomUUID(),
    text: fields.text,
    ownerId: fields.ownerId ?? null,
    dueDate: fields.dueDate ?? '',
    done: false,
    doneAt: null,
    agendaItemId: agendaItemId ?? null,
  };
}

function assertAgendaItem(meeting: Meeting, itemId: string | null | undefined): void {
  if (itemId === null || itemId === undefined) return;
  if (!meeting.agenda.some((item) => item.id === itemId)) throw notFound('Dagsordenspunktet', 'The agenda item');
}

function requireDecision(meeting: Meeting, decisionId: string): Decision {
  const decision = meeting.decisions.find((d) => d.id === decisionId);
  if (!decision) throw notFound('Beslutningen', 'The decision');
  return decision;
}

function requireAction(meeting: Meeting, actionId: string): ActionItem {
  const action = meeting.actions.find((a) => a.id === actionId);
  if (!action) throw notFound('Opgaven', 'The action item');
  return action;
}
