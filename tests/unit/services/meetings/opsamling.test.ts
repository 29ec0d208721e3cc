import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
// Monday 23 November 2026, 10:00 in Copenhagen.
const clock = fixedClock('2026-11-23T09:00:00.000Z');
beforeEach(async () => {
  services = await startTempServices({ clock });
});
afterEach(async () => services.dispose());

describe('attendance and guests', () => {
  it('records attendance, invites a guest by name and e-mail, and keeps people’s names on the people list', async () => {
    const { network, anna, bo } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id);
    await must(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: anna.id,
      patch: { attendance: 'present' },
    });
    await must(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: bo.id,
      patch: { attendance: 'excused' },
    });
    let m = await must(services, 'meetings:add-participant', {
      id: meeting.id,
      guest: { name: 'Karen fra biblioteket', email: 'karen@bib.example' },
    });
    const guest = m.participants.at(-1)!;
    expect(guest).toMatchObject({
      personId: null,
      name: 'Karen fra biblioteket',
      email: 'karen@bib.example',
      attendance: 'unknown',
    });
    m = await must(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: guest.id,
      patch: { attendance: 'absent' },
    });
    expect(m.participants.map((p) => p.attendance)).toEqual(['unknown', 'unknown', 'present', 'excused', 'absent']);
    expect(
      (
        await refused(services, 'meetings:update-participant', {
          id: meeting.id,
          participantId: anna.id,
          patch: { name: 'Andet navn' },
        })
      ).message,
    ).toContain('Personer');
    expect(
      (
        await refused(services, 'meetings:add-participant', {
          id: meeting.id,
          guest: { name: 'X', email: 'ikke en adresse' },
        })
      ).code,
    ).toBe('invalid-input');
    // Inviting someone twice keeps one row.
    m = await must(services, 'meetings:add-participant', { id: meeting.id, personId: anna.id });
    expect(m.participants.filter((p) => p.id === anna.id)).toHaveLength(1);
  });
});

describe('the opsamling', () => {
  it('keeps summary, decisions and action items on disk, and stamps when an action is done', async () => {
    const { network, anna } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    await must(services, 'meetings:update', {
      id: meeting.id,
      patch: { summary: 'Vi er godt på vej.', status: 'held' },
    });
    await must(services, 'meetings:add-decision', { id: meeting.id, text: 'Vi afprøver caféen i december.' });
    let m = await must(services, 'meetings:add-action', {
      id: meeting.id,
      text: 'Aftale med caféen',
      ownerId: anna.id,
      dueDate: '2026-12-01',
    });
    const action = m.actions[0]!;
    expect(action).toMatchObject({ done: false, doneAt: null, ownerId: anna.id, dueDate: '2026-12-01' });
    m = await must(services, 'meetings:update-action', {
      id: meeting.id,
      actionId: action.id,
      patch: { done: true },
    });
    expect(m.actions[0]).toMatchObject({ done: true, doneAt: clock.now().toISOString() });
    m = await must(services, 'meetings:update-action', {
      id: meeting.id,
      actionId: action.id,
      patch: { done: false },
    });
    expect(m.actions[0]?.doneAt).toBeNull();
    const decision = m.decisions[0]!;
    m = await must(services, 'meetings:update-decision', {
      id: meeting.id,
      decisionId: decision.id,
      patch: { text: 'Vi afprøver caféen i januar.' },
    });
    const disk = (await savedData(services.dataDir)) as { meetings: Meeting[] };
    expect(disk.meetings[0]).toEqual(m);
    expect(disk.meetings[0]).toMatchObject({ summary: 'Vi er godt på vej.', status: 'held' });
    expect((await refused(services, 'meetings:add-decision', { id: meeting.id, text: '   ' })).code).toBe(
      'invalid-input',
    );
    expect(
      (await refused(services, 'meetings:add-decision', { id: meeting.id, text: 'x', agendaItemId: 'findes-ikke' }))
        .code,
    ).toBe('not-found');
    await must(services, 'meetings:remove-decision', { id: meeting.id, decisionId: decision.id });
    m = await must(services, 'meetings:remove-action', { id: meeting.id, actionId: action.id });
    expect([m.decisions, m.actions]).toEqual([[], []]);
  });
});

describe('Overblik and the decision register', () => {
  it('lists open action items overdue first, then by due date, undated last; archived networks are left out', async () => {
    const { network, anna, leader } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { date: '2026-11-09' });
    const add = (text: string, dueDate: string, ownerId: string | null = null) =>
      must(services, 'meetings:add-action', { id: meeting.id, text, dueDate, ownerId });
    await add('Uden frist', '');
    await add('Næste uge', '2026-11-30', anna.id);
    await add('For sent', '2026-11-20', leader.id);
    await add('I dag', '2026-11-23');
    const m = await add('Allerede gjort', '2026-11-01');
    await must(services, 'meetings:update-action', {
      id: meeting.id,
      actionId: m.actions.at(-1)!.id,
      patch: { done: true },
    });

    const open = await must(services, 'meetings:open-actions', {});
    expect(open.map((o) => [o.action.text, o.overdue])).toEqual([
      ['For sent', true],
      ['I dag', false],
      ['Næste uge', false],
      ['Uden frist', false],
    ]);
    expect(open[0]).toMatchObject({
      ownerName: 'Hanne Vestergaard',
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      networkId: network.id,
    });

    await must(services, 'networks:archive', { id: network.id });
    expect(await must(services, 'meetings:open-actions', {})).toEqual([]);
  });

  it('keeps every decision of a network with meeting and date, newest first, searchable by words', async () => {
    const { network } = await networkWithPeople(services);
    const other = await must(services, 'networks:create', { name: 'Andet netværk' });
    const first = await planMeeting(services, network.id, { date: '2026-10-05', title: 'Opstart' });
    const second = await planMeeting(services, network.id, { date: '2026-11-02', templateId: 'statusmoede' });
    const elsewhere = await planMeeting(services, other.id, { date: '2026-11-02' });
    await must(services, 'meetings:add-decision', { id: first.id, text: 'Vi mødes hver anden uge.' });
    await must(services, 'meetings:add-decision', {
      id: second.id,
      text: 'Caféen åbner i december.',
      agendaItemId: second.agenda.find((i) => i.kind === 'beslutning')!.id,
    });
    await must(services, 'meetings:add-decision', { id: elsewhere.id, text: 'Hører ikke til her.' });

    const all = await must(services, 'meetings:decision-register', { networkId: network.id });
    expect(all.map((r) => [r.decision.text, r.meetingTitle, r.meetingDate])).toEqual([
      ['Caféen åbner i december.', second.title, '2026-11-02'],
      ['Vi mødes hver anden uge.', 'Opstart', '2026-10-05'],
    ]);
    expect(all[0]?.agendaItemTitle).toBe(second.agenda.find((i) => i.kind === 'beslutning')!.title);
    const hit = async (query: string) =>
      (await must(services, 'meetings:decision-register', { networkId: network.id, query })).map(
        (r) => r.decision.text,
      );
    expect(await hit('CAFÉEN december')).toEqual(['Caféen åbner i december.']);
    expect(await hit('opstart')).toEqual(['Vi mødes hver anden uge.']);
    expect(await hit('05.10.2026')).toEqual(['Vi mødes hver anden uge.']);
    expect(await hit('caféen januar')).toEqual([]);
  });
});
