import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting, Network } from '../../../electron/shared/entities';
import { fail } from '../../../electron/shared/result';
import { fakeApi, ok } from './fake-api';

// The state modules read window.api when they load, so the fake is in place first.
const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof import('./fake-api').fakeApi> | null }));
vi.hoisted(() => {
  const api = new Proxy({}, { get: (_t, domain: string) => (fake.current!.api as never)[domain] });
  (globalThis as { window?: unknown }).window = { api, addEventListener: () => undefined };
  (globalThis as { document?: unknown }).document = { documentElement: { lang: 'da' } };
});

const { networks } = await import('../../../renderer/src/lib/state/networks.svelte');
const { meetings } = await import('../../../renderer/src/lib/state/meetings.svelte');
const { reflections } = await import('../../../renderer/src/lib/state/reflections.svelte');
const { toasts } = await import('../../../renderer/src/lib/state/toasts.svelte');
const { reloadAll } = await import('../../../renderer/src/lib/state/reload-all');
const { ApiFailure } = await import('../../../renderer/src/lib/api');

const network = (id: string, patch: Partial<Network> = {}) => ({ id, name: id, archivedAt: null, ...patch }) as Network;
const refused = fail({ code: 'not-found', message: 'Netværket findes ikke.', messageEn: 'No such network.' });

/** A promise the test resolves when it chooses, to hold an answer back. */
function held<T>() {
  let release: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

beforeEach(async () => {
  fake.current = fakeApi();
  const api = fake.current;
  api.answer('networks.list', () => ok([network('n1'), network('n2')]));
  api.answer('meetings.list', () => ok([]));
  api.answer('meetings.listTemplates', () => ok([]));
  api.answer('meetings.openActions', () => ok([]));
  await Promise.all([networks.load(), meetings.load()]);
  api.calls.length = 0;
});

describe('the renderer state classes against a fake api', () => {
  it('loads, and an edit of one network field makes exactly the one call it needs', async () => {
    expect(networks.all.map((n) => n.id)).toEqual(['n1', 'n2']);
    fake.current!.answer('networks.update', () => ok(network('n1', { theme: 'Unge' })));
    await networks.update('n1', { theme: 'Unge' });
    expect(networks.byId('n1')?.theme).toBe('Unge');
    expect(fake.current!.calls).toEqual(['networks.update']);
  });

  it('deletes into the trash and undoes it, refreshing the open actions both ways (they leave with their network)', async () => {
    const api = fake.current!;
    api.answer('networks.delete', () => ok({ id: 't1', kind: 'network', deletedAt: '', record: network('n1') }));
    api.answer('networks.undoDelete', (input) =>
      ok(network((input as { trashId: string }).trashId === 't1' ? 'n1' : 'x')),
    );
    const undo = await networks.remove('n1');
    expect(networks.byId('n1')).toBeUndefined();
    await undo();
    expect(networks.byId('n1')).toBeDefined();
    expect(api.calls).toEqual([
      'networks.delete',
      'meetings.openActions',
      'networks.undoDelete',
      'meetings.openActions',
    ]);
  });

  it('keeps the list and says why when the services refuse a delete', async () => {
    fake.current!.answer('networks.delete', () => refused);
    await expect(networks.remove('n1')).rejects.toBeInstanceOf(ApiFailure);
    expect(networks.all.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(toasts.items.at(-1)).toMatchObject({ kind: 'error', text: 'Netværket findes ikke.' });
  });

  it('reloads each collection once after everything changed', async () => {
    const api = fake.current!;
    api.answer('phasemodel.get', () => ok({ model: { phases: [] }, removed: [], edited: false }));
    api.answer('people.list', () => ok([]));
    api.answer('reflections.summaries', () => ok([]));
    api.answer('reflections.promptSettings', () => ok({ hiddenPromptIds: [], ownPrompts: [], themeIds: [] }));
    api.answer('agreements.list', () => ok([]));
    await reloadAll();
    expect([...api.calls].sort()).toEqual(
      [
        'agreements.list',
        'meetings.list',
        'meetings.listTemplates',
        'meetings.openActions',
        'networks.list',
        'people.list',
        'phasemodel.get',
        'reflections.promptSettings',
        'reflections.summaries',
      ].sort(),
    );
  });

  it('drops a stale answer: the entry opened last wins, even when the first one answers later', async () => {
    const api = fake.current!;
    const first = held<ReturnType<typeof ok>>();
    api.answer('reflections.get', (input) =>
      (input as { id: string }).id === 'r1' ? first.promise : ok({ id: 'r2', title: 'Andet' }),
    );
    const slow = reflections.open('r1');
    await reflections.open('r2');
    first.release(ok({ id: 'r1', title: 'Første' }));
    await slow;
    expect(reflections.opened?.id).toBe('r2');
  });

  it('shows a meeting put back by undo where it belongs', async () => {
    const api = fake.current!;
    const meeting = { id: 'm1', networkId: 'n1', isTemplate: false, date: '2026-12-01', startTime: '09:00' } as Meeting;
    api.answer('meetings.delete', () => ok({ id: 't2', kind: 'meeting', deletedAt: '', record: meeting }));
    api.answer('meetings.undoDelete', () => ok(meeting));
    api.answer('meetings.list', () => ok([meeting]));
    await meetings.load();
    const undo = await meetings.remove('m1');
    expect(meetings.byId('m1')).toBeUndefined();
    await undo();
    expect(meetings.forNetwork('n1').map((m) => m.id)).toEqual(['m1']);
  });
});
