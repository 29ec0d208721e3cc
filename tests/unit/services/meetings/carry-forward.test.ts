import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, must, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

/** A held status meeting with one of its two beslutning items decided, one open and one done action. */
async function heldMeeting() {
  const people = await networkWithPeople(services);
  const planned = await planMeeting(services, people.network.id, { templateId: 'statusmoede', date: '2026-11-16' });
  const meeting = await must(services, 'meetings:add-agenda-item', {
    id: planned.id,
    item: { title: 'Nyt mødelokale', kind: 'beslutning', minutes: 5 },
    index: 3,
  });
  // The closing item is a beslutning item too, but it is never carried.
  const decisionItems = meeting.agenda.filter((i) => i.kind === 'beslutning' && i.methodId !== 'opsamling');
  expect(decisionItems.length).toBeGreaterThanOrEqual(2);
  await must(services, 'meetings:add-decision', {
    id: meeting.id,
    text: 'Planen justeres',
    agendaItemId: decisionItems[0]!.id,
  });
  await must(services, 'meetings:add-action', {
    id: meeting.id,
    text: 'Book lokale',
    ownerId: people.anna.id,
    dueDate: '2026-11-20',
  });
  let m = await must(services, 'meetings:add-action', {
    id: meeting.id,
    text: 'Send referat',
    ownerId: people.leader.id,
  });
  await must(services, 'meetings:update-action', { id: meeting.id, actionId: m.actions[1]!.id, patch: { done: true } });
  m = await must(services, 'meetings:update', { id: meeting.id, patch: { status: 'held' } });
  return { ...people, held: m, undecided: decisionItems.slice(1) };
}

const candidates = (networkId: string, date: string) =>
  must(services, 'meetings:carry-forward-candidates', { networkId, date });

describe('carry-forward to the next meeting', () => {
  it('offers open action items and undecided beslutning items, not done tasks or decided items', async () => {
    const { network, held, undecided, anna } = await heldMeeting();
    const offered = await candidates(network.id, '2026-11-30');
    expect(offered.map((c) => [c.from.source, c.title])).toEqual([
      ['action', 'Book lokale'],
      ...undecided.map((i) => ['agenda-item', i.title]),
    ]);
    expect(offered[0]).toMatchObject({
      meetingTitle: held.title,
      meetingDate: '2026-11-16',
      kind: 'orientering',
      responsibleId: anna.id,
    });
    expect(offered.slice(1).every((c) => c.kind === 'beslutning')).toBe(true);
  });

  it('puts chosen points on the new agenda once, with the owner as responsible, and offers them no more', async () => {
    const { network, held, undecided, anna } = await heldMeeting();
    const offered = await candidates(network.id, '2026-11-30');
    const refs = offered.map((c) => ({ meetingId: c.from.meetingId, sourceId: c.from.sourceId }));
    const next = await planMeeting(services, network.id, {
      templateId: 'statusmoede',
      date: '2026-11-30',
      carryForward: refs,
    });
    const carried = next.agenda.filter((i) => i.carriedFrom !== null);
    expect(carried.map((i) => i.title)).toEqual(['Book lokale', ...undecided.map((i) => i.title)]);
    expect(carried[0]).toMatchObject({ responsibleId: anna.id, carriedFrom: { meetingId: held.id, source: 'action' } });
    expect(carried[1]?.minutes).toBe(undecided[0]?.minutes);
    // The task is a sub-point under "Status på opgaver"; the point goes just before the one closing item.
    const titles = next.agenda.map((i) => i.title);
    expect(titles.indexOf('Book lokale')).toBe(titles.indexOf('Status på opgaver') + 1);
    expect(carried[0]?.minutes).toBe(0);
    expect(titles.filter((title) => title === 'Opsamling og næste skridt')).toHaveLength(1);
    expect(titles.at(-1)).toBe('Opsamling og næste skridt');
    expect(titles.at(-2)).toBe(undecided[0]?.title);
    expect(await candidates(network.id, '2026-12-14')).toEqual(
      // The new meeting's own undecided items are offered from it once it is in the past.
      expect.not.arrayContaining([expect.objectContaining({ from: expect.objectContaining({ meetingId: held.id }) })]),
    );
    const again = await refused(services, 'meetings:create', {
      networkId: network.id,
      date: '2026-12-14',
      startTime: '09:00',
      carryForward: refs.slice(0, 1),
    });
    expect(again.code).toBe('conflict');

    await must(services, 'meetings:delete', { id: next.id });
    expect(await candidates(network.id, '2026-11-30')).toHaveLength(offered.length);
  });

  it('takes nothing from cancelled meetings or from planned meetings on a later day', async () => {
    const { network, held, undecided } = await heldMeeting();
    const all = 1 + undecided.length;
    expect(await candidates(network.id, '2026-11-10')).toHaveLength(all); // a held meeting counts whatever its day
    await must(services, 'meetings:update', { id: held.id, patch: { status: 'planned' } });
    expect(await candidates(network.id, '2026-11-10')).toEqual([]);
    expect(await candidates(network.id, '2026-11-17')).toHaveLength(all);
    await must(services, 'meetings:update', { id: held.id, patch: { status: 'cancelled' } });
    expect(await candidates(network.id, '2026-11-30')).toEqual([]);
  });

  it('stops offering an action once it is ticked done, and an item once a decision answers it', async () => {
    const { network, held, undecided } = await heldMeeting();
    const open = held.actions.find((a) => !a.done)!;
    await must(services, 'meetings:update-action', { id: held.id, actionId: open.id, patch: { done: true } });
    for (const item of undecided)
      await must(services, 'meetings:add-decision', {
        id: held.id,
        text: `Afgjort: ${item.title}`,
        agendaItemId: item.id,
      });
    expect(await candidates(network.id, '2026-11-30')).toEqual([]);
  });
});
