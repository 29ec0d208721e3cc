import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Network, Person } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
beforeEach(async () => {
  services = await startTempServices({ clock: fixedClock() });
});
afterEach(async () => services.dispose());

const onDisk = async (): Promise<{
  networks: Network[];
  people: Person[];
  meetings: Meeting[];
  reflections: unknown[];
}> => savedData(services.dataDir);

describe('removing the example data', () => {
  it('takes out the example network with its meetings, reflections and unshared people, keeps the user’s own, and backs up first', async () => {
    const example = await must(services, 'networks:load-example', {});
    const own = await must(services, 'networks:create', { name: 'Sammen om ældres trivsel' });
    const jonas = services.store.data.people.find((p) => p.name === 'Jonas Bech');
    await must(services, 'networks:add-participant', { id: own.id, personId: jonas!.id });
    const mine = await must(services, 'people:create', { name: 'Hanne Vestergaard' });
    const before = await onDisk();
    expect(before.meetings.filter((m) => m.networkId === example.id).length).toBeGreaterThan(0);
    expect(before.reflections.length).toBeGreaterThan(0);

    const { removed, safetyBackup } = await must(services, 'data:remove-example', {});

    const after = await onDisk();
    expect(after.networks.map((n) => n.name)).toEqual(['Sammen om ældres trivsel']);
    expect(after.meetings).toEqual([]);
    expect(after.reflections).toEqual([]);
    expect(after.people.map((p) => p.id).sort()).toEqual([jonas?.id, mine.id].sort());
    expect(removed).toEqual({
      networks: 1,
      people: 7,
      meetings: before.meetings.length,
      reflections: before.reflections.length,
      agreements: 0,
    });

    // The backup taken first holds the example, so the removal can be undone by restoring it.
    await must(services, 'backups:restore', { name: safetyBackup });
    expect((await onDisk()).networks.map((n) => n.name)).toContain(example.name);
  });

  it('says so, and changes nothing, when there is no example data', async () => {
    await must(services, 'networks:create', { name: 'Eget netværk' });
    const before = await onDisk();
    const result = await services.dispatch('data:remove-example', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'Der er ingen eksempeldata at fjerne.' },
    });
    expect(await onDisk()).toEqual(before);
  });
});

describe('showing the data folder', () => {
  it('asks the host to open the data folder, and reports when the host cannot', async () => {
    const opened: string[] = [];
    const host = await startTempServices({ openFolder: async (folder) => (opened.push(folder), true) });
    expect(await must(host, 'app:open-data-folder', {})).toEqual({ opened: true });
    expect(opened).toEqual([host.dataDir]);
    await host.dispose();
    expect(await must(services, 'app:open-data-folder', {})).toEqual({ opened: false });
  });
});
