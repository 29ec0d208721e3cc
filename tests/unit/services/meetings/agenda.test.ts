import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../electron/shared/entities';
import { computeAgendaClock } from '../../../../electron/shared/time';
import { fixedClock, must, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

const clockOf = (m: Meeting) => {
  const result = computeAgendaClock({
    startTime: m.startTime,
    durationMinutes: m.durationMinutes,
    itemMinutes: m.agenda.map((i) => i.minutes),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the agenda builder', () => {
  it('adds items with the method’s kind and minutes proposed, a break in one call, and inserts at an index', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { durationMinutes: 60 });
    let m = await must(services, 'meetings:add-agenda-item', {
      id: meeting.id,
      item: { title: 'Velkomst', methodId: 'oplaeg' },
    });
    expect(m.agenda[0]).toMatchObject({
      title: 'Velkomst',
      kind: 'orientering',
      minutes: 10,
      methodId: 'oplaeg',
      responsibleId: null,
      carriedFrom: null,
    });
    await must(services, 'meetings:add-agenda-item', {
      id: meeting.id,
      item: { title: 'Gåtur', methodId: 'walk-and-talk' },
    });
    m = await must(services, 'meetings:add-agenda-item', {
      id: meeting.id,
      item: { title: 'Pause', kind: 'pause', methodId: 'pause', minutes: 10 },
      index: 1,
    });
    expect(m.agenda.map((i) => i.title)).toEqual(['Velkomst', 'Pause', 'Gåtur']);
    expect(clockOf(m).items.map((i) => `${i.startTime}-${i.endTime}`)).toEqual([
      '09:30-09:40',
      '09:40-09:50',
      '09:50-10:10',
    ]);
    expect(clockOf(m).slackMinutes).toBe(20);
  });

  it('lets the agenda run over the meeting’s length (the planner warns) but not past midnight', async () => {
    const { network } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { startTime: '22:00', durationMinutes: 60 });
    let m = await must(services, 'meetings:add-agenda-item', {
      id: meeting.id,
      item: { title: 'Lang drøftelse', minutes: 90 },
    });
    expect(clockOf(m)).toMatchObject({ isOver: true, slackMinutes: -30, agendaEndTime: '23:30' });
    const item = m.agenda[0]!;
    const error = await refused(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: item.id,
      patch: { minutes: 121 },
    });
    expect(error.message).toContain('midnat');
    m = await must(services, 'meetings:get', { id: meeting.id });
    expect(m.agenda[0]?.minutes).toBe(90);
  });

  it('edits, moves and removes items; a removed item leaves its decision without a link', async () => {
    const { network, anna } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const [a, b, c] = meeting.agenda;
    let m = await must(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: b!.id,
      patch: { title: 'Status fra hjemmeplejen', minutes: 20, responsibleId: anna.id, notes: 'Anna har tal med' },
    });
    expect(m.agenda[1]).toMatchObject({
      title: 'Status fra hjemmeplejen',
      minutes: 20,
      responsibleId: anna.id,
      notes: 'Anna har tal med',
      kind: b!.kind,
    });

    m = await must(services, 'meetings:move-agenda-item', { id: meeting.id, itemId: c!.id, toIndex: 0 });
    expect(m.agenda.slice(0, 3).map((i) => i.id)).toEqual([c!.id, a!.id, b!.id]);
    m = await must(services, 'meetings:move-agenda-item', { id: meeting.id, itemId: c!.id, toIndex: 99 });
    expect(m.agenda.at(-1)?.id).toBe(c!.id);

    await must(services, 'meetings:add-decision', {
      id: meeting.id,
      text: 'Planen holder',
      agendaItemId: b!.id,
    });
    m = await must(services, 'meetings:remove-agenda-item', { id: meeting.id, itemId: b!.id });
    expect(m.agenda.map((i) => i.id)).not.toContain(b!.id);
    expect(m.decisions).toEqual([expect.objectContaining({ text: 'Planen holder', agendaItemId: null })]);
  });

  it('only lets an invited person be responsible', async () => {
    const { network, reference } = await networkWithPeople(services);
    const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
    const item = meeting.agenda[0]!;
    const error = await refused(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: item.id,
      patch: { responsibleId: reference.id },
    });
    expect(error.message).toContain('ikke inviteret');
    await must(services, 'meetings:add-participant', { id: meeting.id, personId: reference.id });
    const m = await must(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: item.id,
      patch: { responsibleId: reference.id },
    });
    expect(m.agenda[0]?.responsibleId).toBe(reference.id);
    const removed = await must(services, 'meetings:remove-participant', {
      id: meeting.id,
      participantId: reference.id,
    });
    expect(removed.agenda[0]?.responsibleId).toBeNull();
  });
});
