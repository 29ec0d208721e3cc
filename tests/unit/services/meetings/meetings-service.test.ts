import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMeetingTemplate } from '../../../../electron/shared/domain';
import type { Meeting, TrashEntry } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

const onDisk = async () => (await savedData(services.dataDir)) as { meetings: Meeting[]; trash: TrashEntry[] };

describe('planning a meeting', () => {
  it('starts from a domain template with its agenda, length and purpose, and invites leader, co-driver and participants', async () => {
    const { network, leader, codriver, anna, bo } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const template = findMeetingTemplate('statusmoede')!;
    expect(meeting.title).toBe(template.name.da);
    expect(meeting.durationMinutes).toBe(template.durationMinutes);
    expect(meeting.purpose).toBe(template.purpose.da);
    expect(meeting.agenda.map((i) => [i.title, i.kind, i.minutes, i.methodId])).toEqual(
      template.items.map((i) => [i.title.da, i.kind, i.minutes, i.methodId]),
    );
    expect(meeting.participants.map((p) => p.id)).toEqual([leader.id, codriver.id, anna.id, bo.id]);
    expect(meeting.participants.every((p) => p.attendance === 'unknown')).toBe(true);
    expect(meeting).toMatchObject({
      status: 'planned',
      isTemplate: false,
      templateId: 'statusmoede',
      date: '2026-11-23',
      startTime: '09:30',
    });
    expect((await onDisk()).meetings).toEqual([meeting]);
  });

  it('writes the template in English when asked', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'designworkshop', lang: 'en' });
    expect(meeting.title).toBe(findMeetingTemplate('designworkshop')!.name.en);
  });

  it('refuses a meeting that would end after midnight, on create and on update, and changes nothing', async () => {
    const { network } = await networkWithPeople(services);
    const late = await refused(services, 'meetings:create', {
      networkId: network.id,
      date: '2026-11-23',
      startTime: '23:00',
      durationMinutes: 90,
    });
    expect(late.code).toBe('invalid-input');
    expect(late.message).toContain('midnat');
    expect((await onDisk()).meetings).toEqual([]);

    const meeting = await planMeeting(services, network.id, { startTime: '22:00', durationMinutes: 60 });
    expect(
      (await refused(services, 'meetings:update', { id: meeting.id, patch: { durationMinutes: 121 } })).message,
    ).toContain('midnat');
    expect(
      (await refused(services, 'meetings:update', { id: meeting.id, patch: { startTime: '23:30' } })).message,
    ).toContain('midnat');
    expect((await onDisk()).meetings[0]).toEqual(meeting);
    const endsAtMidnight = await must(services, 'meetings:update', {
      id: meeting.id,
      patch: { durationMinutes: 120 },
    });
    expect(endsAtMidnight.durationMinutes).toBe(120);
  });

  it('refuses a start in the hour that does not exist when summer time begins', async () => {
    const { network } = await networkWithPeople(services);
    const error = await refused(services, 'meetings:create', {
      networkId: network.id,
      date: '2027-03-28',
      startTime: '02:30',
      durationMinutes: 30,
    });
    expect(error.message).toContain('sommertid');
    const fine = await planMeeting(services, network.id, {
      date: '2027-03-28',
      startTime: '03:00',
      durationMinutes: 30,
    });
    expect(fine.startTime).toBe('03:00');
  });

  it('refuses dates that are not on the calendar and times that are not on the clock', async () => {
    const { network } = await networkWithPeople(services);
    expect(
      (await refused(services, 'meetings:create', { networkId: network.id, date: '2026-02-30', startTime: '09:00' }))
        .code,
    ).toBe('invalid-input');
    expect(
      (await refused(services, 'meetings:create', { networkId: network.id, date: '2026-11-23', startTime: '24:00' }))
        .code,
    ).toBe('invalid-input');
    expect(
      (await refused(services, 'meetings:create', { networkId: network.id, date: '2026-11-23', startTime: '9:30' }))
        .code,
    ).toBe('invalid-input');
  });

  it('changes fields with autosave-sized patches and lists meetings earliest first', async () => {
    const { network } = await networkWithPeople(services);
    const later = await planMeeting(services, network.id, { date: '2026-12-07' });
    const earlier = await planMeeting(services, network.id, { date: '2026-11-30', startTime: '13:00' });
    const updated = await must(services, 'meetings:update', {
      id: later.id,
      patch: { location: 'Rådhuset, lokale 2', status: 'cancelled' },
    });
    expect(updated).toMatchObject({ location: 'Rådhuset, lokale 2', status: 'cancelled', title: later.title });
    const listed = await must(services, 'meetings:list', { networkId: network.id });
    expect(listed.map((m) => m.id)).toEqual([earlier.id, later.id]);
  });

  it('deletes to the trash and undoes the delete', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id);
    const entry = await must(services, 'meetings:delete', { id: meeting.id });
    expect((await onDisk()).meetings).toEqual([]);
    expect((await onDisk()).trash.map((t) => t.kind)).toEqual(['meeting']);
    expect(await must(services, 'meetings:undo-delete', { trashId: entry.id })).toEqual(meeting);
    expect((await onDisk()).meetings).toEqual([meeting]);
  });
});

describe('templates and copies', () => {
  it('duplicates the plan a week later without the opsamling or attendance', async () => {
    const { network, codriver } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const first = meeting.agenda[0]!;
    await must(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: first.id,
      patch: { responsibleId: codriver.id },
    });
    await must(services, 'meetings:update-participant', {
      id: meeting.id,
      participantId: codriver.id,
      patch: { attendance: 'present' },
    });
    await must(services, 'meetings:add-decision', { id: meeting.id, text: 'Vi fortsætter' });
    await must(services, 'meetings:add-action', { id: meeting.id, text: 'Ring til biblioteket' });
    await must(services, 'meetings:update', { id: meeting.id, patch: { summary: 'Godt møde', status: 'held' } });

    const copy = await must(services, 'meetings:duplicate', { id: meeting.id });
    expect(copy.id).not.toBe(meeting.id);
    expect(copy.date).toBe('2026-11-30');
    expect(copy).toMatchObject({ status: 'planned', summary: '', decisions: [], actions: [], title: meeting.title });
    expect(copy.agenda.map((i) => i.title)).toEqual(meeting.agenda.map((i) => i.title));
    expect(copy.agenda.map((i) => i.id)).not.toContain(first.id);
    expect(copy.agenda[0]?.responsibleId).toBe(codriver.id);
    expect(copy.participants.every((p) => p.attendance === 'unknown')).toBe(true);
  });

  it('saves a meeting as a template and plans a new meeting from it, kept out of the meeting list', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'designworkshop' });
    await must(services, 'meetings:add-agenda-item', {
      id: meeting.id,
      item: { title: 'Kaffe og kage', kind: 'pause', minutes: 15 },
    });
    await must(services, 'meetings:update', { id: meeting.id, patch: { location: 'Kulturhuset' } });
    const template = await must(services, 'meetings:save-as-template', {
      id: meeting.id,
      title: 'Vores workshop',
    });
    expect(template).toMatchObject({
      isTemplate: true,
      date: '',
      title: 'Vores workshop',
      participants: [],
      location: 'Kulturhuset',
    });

    expect((await must(services, 'meetings:list', {})).map((m) => m.id)).toEqual([meeting.id]);
    expect((await must(services, 'meetings:list-templates', {})).map((m) => m.title)).toEqual(['Vores workshop']);

    const fromTemplate = await planMeeting(services, network.id, { templateId: template.id, date: '2026-12-14' });
    expect(fromTemplate.title).toBe('Vores workshop');
    expect(fromTemplate.templateId).toBe(template.id);
    expect(fromTemplate.agenda.at(-1)).toMatchObject({ title: 'Kaffe og kage', kind: 'pause', minutes: 15 });
    expect(fromTemplate.participants).toHaveLength(4);
    expect(
      (
        await refused(services, 'meetings:create', {
          networkId: network.id,
          date: '2026-12-14',
          startTime: '09:00',
          templateId: 'findes-ikke',
        })
      ).code,
    ).toBe('not-found');
  });
});
