import { isClosingItem } from '../../../../electron/shared/domain/agenda-roles';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../electron/shared/entities';
import { readRunClock } from '../../../../electron/shared/meeting-live';
import { must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';
import { networkWithPeople, planMeeting, refused } from './meeting-fixtures';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices();
});
afterEach(async () => services.dispose());

const MIN = 60_000;
const T0 = Date.parse('2026-11-23T08:30:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

async function runnable(): Promise<{ meeting: Meeting; annaId: string }> {
  const { network, anna } = await networkWithPeople(services);
  const meeting = await planMeeting(services, network.id, { templateId: 'statusmoede' });
  return { meeting, annaId: anna.id };
}

describe('running a meeting live', () => {
  it('stores each press as an instant and reads the same clock after a restart', async () => {
    const { meeting } = await runnable();
    let m = await must(services, 'live:start', { id: meeting.id, at: at(0) });
    expect(m.run?.currentItemId).toBe(meeting.agenda[0]?.id);
    // Starting again (a second press, a reload) picks the run up rather than restarting the clock.
    m = await must(services, 'live:start', { id: meeting.id, at: at(3) });
    expect(m.run?.startedAt).toBe(at(0));
    await must(services, 'live:next', { id: meeting.id, at: at(4) });
    m = await must(services, 'live:pause', { id: meeting.id, at: at(6) });
    const before = readRunClock(m.run!, m.agenda, m.durationMinutes, T0 + 30 * MIN);
    const saved = (await savedData(services.dataDir)).meetings.find((x) => x.id === meeting.id)!;
    expect(readRunClock(saved.run!, saved.agenda, saved.durationMinutes, T0 + 30 * MIN)).toEqual(before);
    expect(before.items[0]?.elapsedMs).toBe(4 * MIN);
    expect(before.items[1]?.elapsedMs).toBe(2 * MIN);
  });

  it('saves notes, decisions and tasks under the item they were captured at', async () => {
    const { meeting, annaId } = await runnable();
    const [first, second] = meeting.agenda;
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    await must(services, 'live:capture', {
      id: meeting.id,
      itemId: first!.id,
      kind: 'note',
      text: ' Godt fremmøde ',
      at: at(1),
    });
    await must(services, 'live:capture', {
      id: meeting.id,
      itemId: second!.id,
      kind: 'decision',
      text: 'Vi mødes i Vest',
      at: at(2),
    });
    const m = await must(services, 'live:capture', {
      id: meeting.id,
      itemId: second!.id,
      kind: 'task',
      text: 'Book lokale',
      ownerId: annaId,
      dueDate: '2026-12-01',
      at: at(3),
    });
    expect(m.itemNotes).toEqual([
      { id: expect.any(String), agendaItemId: first!.id, text: 'Godt fremmøde', createdAt: at(1) },
    ]);
    expect(m.decisions.at(-1)).toMatchObject({ text: 'Vi mødes i Vest', agendaItemId: second!.id });
    expect(m.actions.at(-1)).toMatchObject({
      text: 'Book lokale',
      ownerId: annaId,
      dueDate: '2026-12-01',
      agendaItemId: second!.id,
    });
    const saved = (await savedData(services.dataDir)).meetings.find((x) => x.id === meeting.id)!;
    expect(saved.itemNotes).toEqual(m.itemNotes);
    expect(saved.actions).toEqual(m.actions);
  });

  it('refuses bad captures in Danish and changes nothing', async () => {
    const { meeting } = await runnable();
    const before = await must(services, 'meetings:get', { id: meeting.id });
    const item = meeting.agenda[0]!.id;
    expect(
      (await refused(services, 'live:capture', { id: meeting.id, itemId: item, kind: 'note', text: '   ', at: at(0) }))
        .code,
    ).toBe('invalid-input');
    expect(
      (
        await refused(services, 'live:capture', {
          id: meeting.id,
          itemId: 'ukendt',
          kind: 'note',
          text: 'x',
          at: at(0),
        })
      ).message,
    ).toContain('findes ikke');
    expect(
      (
        await refused(services, 'live:capture', {
          id: meeting.id,
          itemId: item,
          kind: 'task',
          text: 'x',
          ownerId: 'fremmed',
          at: at(0),
        })
      ).message,
    ).toContain('inviteret');
    expect(
      (
        await refused(services, 'live:capture', {
          id: meeting.id,
          itemId: item,
          kind: 'task',
          text: 'x'.repeat(201),
          at: at(0),
        })
      ).message,
    ).toContain('200');
    expect((await refused(services, 'live:next', { id: meeting.id, at: at(0) })).message).toContain('ikke startet');
    expect((await refused(services, 'live:start', { id: meeting.id, at: 'i går' })).code).toBe('invalid-input');
    expect(await must(services, 'meetings:get', { id: meeting.id })).toEqual(before);
  });

  it('applies +5 with the chosen give, and refuses a clock set back', async () => {
    const { meeting } = await runnable();
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    const m = await must(services, 'live:adjust', {
      id: meeting.id,
      minutes: 5,
      choice: 'meeting',
      at: at(1),
    });
    expect(m.run?.extraMinutes).toBe(5);
    expect(m.run?.items[0]?.minutes).toBe((meeting.agenda[0]?.minutes ?? 0) + 5);
    // The plan itself is kept, so planned and actual can be compared afterwards.
    expect(m.agenda[0]?.minutes).toBe(meeting.agenda[0]?.minutes);
    expect((await refused(services, 'live:pause', { id: meeting.id, at: at(-10) })).message).toContain('ur');
  });

  it('ends the meeting: held, every clock stopped, the draft gone, nothing more to press', async () => {
    const { meeting } = await runnable();
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    await must(services, 'live:save-draft', { id: meeting.id, draft: 'halvt skrevet' });
    await must(services, 'live:next', { id: meeting.id, at: at(7) });
    const m = await must(services, 'live:end', { id: meeting.id, at: at(20) });
    expect(m.status).toBe('held');
    expect(m.run).toMatchObject({ endedAt: at(20), draft: '' });
    expect(m.run?.items.flatMap((i) => i.spans).every((s) => s.to !== null)).toBe(true);
    expect((await refused(services, 'live:next', { id: meeting.id, at: at(21) })).message).toContain('afsluttet');
    expect((await refused(services, 'live:start', { id: meeting.id, at: at(22) })).message).toContain(
      'allerede afviklet',
    );
  });

  it('shows the projector only titles and the clock: no notes, no draft, no people, no purposes', async () => {
    const { meeting, annaId } = await runnable();
    const item = meeting.agenda[0]!;
    await must(services, 'meetings:update-agenda-item', {
      id: meeting.id,
      itemId: item.id,
      patch: { notes: 'HEMMELIG facilitatornote', purpose: 'HEMMELIGT formål', responsibleId: annaId },
    });
    await must(services, 'meetings:update', {
      id: meeting.id,
      patch: { summary: 'HEMMELIG opsamling', preparation: 'HEMMELIG' },
    });
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    await must(services, 'live:save-draft', { id: meeting.id, draft: 'HEMMELIGT udkast' });
    await must(services, 'live:capture', {
      id: meeting.id,
      itemId: item.id,
      kind: 'note',
      text: 'HEMMELIG note',
      at: at(1),
    });
    await must(services, 'live:capture', {
      id: meeting.id,
      itemId: item.id,
      kind: 'task',
      text: 'HEMMELIG opgave',
      ownerId: annaId,
      at: at(1),
    });
    const projection = await must(services, 'live:projection', { id: meeting.id });
    const text = JSON.stringify(projection);
    expect(text).not.toContain('HEMMELIG');
    expect(text).not.toContain('Anna');
    expect(text).not.toContain(annaId);
    expect(Object.keys(projection).sort()).toEqual(['agenda', 'durationMinutes', 'id', 'run', 'title']);
    expect(projection.agenda.map((a) => a.title)).toEqual(meeting.agenda.map((a) => a.title));
    expect(projection.run?.currentItemId).toBe(item.id);
  });
});

describe('after a meeting run live', () => {
  it('offers the items it never reached for the next meeting, not the ones it got through, the breaks or the closing item', async () => {
    const { meeting } = await runnable();
    await must(services, 'live:start', { id: meeting.id, at: at(0) });
    await must(services, 'live:next', { id: meeting.id, at: at(10) });
    await must(services, 'live:end', { id: meeting.id, at: at(20) });
    const candidates = await must(services, 'meetings:carry-forward-candidates', {
      networkId: meeting.networkId,
      date: '2026-11-30',
    });
    const offered = new Set(candidates.map((c) => c.from.sourceId));
    const [first, second, ...rest] = meeting.agenda;
    expect(offered.has(first!.id)).toBe(false);
    expect(offered.has(second!.id)).toBe(false);
    for (const item of rest) expect(offered.has(item.id)).toBe(item.kind !== 'pause' && !isClosingItem(item));
  });
});
