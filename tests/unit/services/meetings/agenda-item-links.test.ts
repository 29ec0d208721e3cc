import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../electron/shared/entities';
import { checkAppData, emptyAppData } from '../../../../electron/services/storage/app-data';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock('2026-11-23T09:00:00.000Z') });
});
afterEach(async () => services.dispose());

describe('tasks, notes and the referent tied to the agenda', () => {
  it('keeps a task under the agenda item it was agreed under, and lets it go when the item is removed', async () => {
    const { network, anna } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const item = meeting.agenda[1]!;
    let m = await must(services, 'meetings:add-action', {
      id: meeting.id,
      text: 'Aftale med caféen',
      ownerId: anna.id,
      agendaItemId: item.id,
    });
    expect(m.actions[0]?.agendaItemId).toBe(item.id);
    expect(
      (await refused(services, 'meetings:add-action', { id: meeting.id, text: 'x', agendaItemId: 'findes-ikke' })).code,
    ).toBe('not-found');
    m = await must(services, 'meetings:add-action', { id: meeting.id, text: 'Uden punkt' });
    expect(m.actions[1]?.agendaItemId).toBeNull();
    m = await must(services, 'meetings:update-action', {
      id: meeting.id,
      actionId: m.actions[1]!.id,
      patch: { agendaItemId: item.id },
    });
    expect(m.actions.map((a) => a.agendaItemId)).toEqual([item.id, item.id]);
    m = await must(services, 'meetings:remove-agenda-item', { id: meeting.id, itemId: item.id });
    expect(m.actions.map((a) => a.agendaItemId)).toEqual([null, null]);
    expect(m.actions.map((a) => a.text)).toEqual(['Aftale med caféen', 'Uden punkt']);
  });

  it('stores notes for the participants apart from the private notes', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const item = meeting.agenda[0]!;
    expect(item.participantNotes).toBe('');
    const m = await must(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: item.id,
      patch: { notes: 'Husk at spørge Bo først', participantNotes: 'Læs bilaget før mødet' },
    });
    expect(m.agenda[0]).toMatchObject({ notes: 'Husk at spørge Bo først', participantNotes: 'Læs bilaget før mødet' });
    const disk = (await savedData(services.dataDir)) as { meetings: Meeting[] };
    expect(disk.meetings[0]?.agenda[0]?.participantNotes).toBe('Læs bilaget før mødet');
  });

  it('never lets someone marked absent or excused take the minutes', async () => {
    const { network, anna, bo } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id);
    await must(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: bo.id,
      patch: { attendance: 'absent' },
    });
    const before = await must(services, 'meetings:get', { id: meeting.id });
    const refusal = await refused(services, 'meetings:update', { id: meeting.id, patch: { minutesTakerId: bo.id } });
    expect(refusal.message).toContain('Referenten');
    expect(await must(services, 'meetings:get', { id: meeting.id })).toEqual(before);

    const m = await must(services, 'meetings:update', { id: meeting.id, patch: { minutesTakerId: anna.id } });
    expect(m.minutesTakerId).toBe(anna.id);
    const markAbsent = await refused(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: anna.id,
      patch: { attendance: 'excused' },
    });
    expect(markAbsent.message).toContain('referent');
    const removed = await must(services, 'meetings:remove-participant', {
      id: meeting.id,
      participantId: anna.id,
    });
    expect(removed.minutesTakerId).toBeNull();
  });

  it('reads a data file from before these fields with empty notes, no task item and no referent', () => {
    const data = emptyAppData() as unknown as Record<string, unknown>;
    const old = {
      id: 'm1',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      networkId: 'n1',
      title: 'Møde',
      date: '2026-11-23',
      startTime: '09:30',
      durationMinutes: 60,
      status: 'held',
      participants: [],
      agenda: [{ id: 'i1', title: 'Punkt', kind: 'droeftelse', minutes: 10, responsibleId: null }],
      decisions: [],
      actions: [{ id: 'a1', text: 'Opgave', ownerId: null, dueDate: '', done: false }],
      isTemplate: false,
    };
    const checked = checkAppData({ ...data, meetings: [old] });
    if (!checked.ok) throw new Error(checked.reason);
    const meeting = checked.data.meetings[0]!;
    expect(meeting.minutesTakerId).toBeNull();
    expect(meeting.agenda[0]?.participantNotes).toBe('');
    expect(meeting.actions[0]?.agendaItemId).toBeNull();
  });
});
