import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Network, Person, TrashEntry } from '../../../../electron/shared/entities';
import { fixedClock, must, savedData, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
const clock = fixedClock();
beforeEach(async () => {
  services = await startTempServices({ clock });
});
afterEach(async () => services.dispose());

const onDisk = async () =>
  (await savedData(services.dataDir)) as { networks: Network[]; people: Person[]; trash: TrashEntry[] };

describe('networks', () => {
  it('creates a network with defaults and saves it durably', async () => {
    const network = await must(services, 'networks:create', { name: 'Ældre og ensomhed', type: 'velfaerd' });
    expect(network).toMatchObject({
      name: 'Ældre og ensomhed',
      type: 'velfaerd',
      status: 'forberedelse',
      archivedAt: null,
      participants: [],
    });
    expect(network.roleHolders).toEqual({
      netvaerksleder: null,
      codriver: null,
      referenceleder: null,
      personaleleder: null,
    });
    expect((await onDisk()).networks).toEqual([network]);
  });

  it('updates fields and bumps updatedAt', async () => {
    const network = await must(services, 'networks:create', { name: 'A' });
    clock.advance(60_000);
    const updated = await must(services, 'networks:update', {
      id: network.id,
      patch: { theme: 'Trivsel', endDate: '2027-06-30' },
    });
    expect(updated.theme).toBe('Trivsel');
    expect(updated.endDate).toBe('2027-06-30');
    expect(updated.updatedAt > network.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(network.createdAt);
  });

  it('archives and restores, hiding archived networks from the default list', async () => {
    const network = await must(services, 'networks:create', { name: 'A' });
    await must(services, 'networks:archive', { id: network.id });
    expect(await must(services, 'networks:list', {})).toEqual([]);
    expect(await must(services, 'networks:list', { includeArchived: true })).toHaveLength(1);
    await must(services, 'networks:restore', { id: network.id });
    expect(await must(services, 'networks:list', {})).toHaveLength(1);
  });

  it('deletes to the trash and undoes the delete', async () => {
    const network = await must(services, 'networks:create', { name: 'A' });
    const entry = await must(services, 'networks:delete', { id: network.id });
    expect((await onDisk()).networks).toEqual([]);
    expect((await onDisk()).trash.map((t) => t.id)).toEqual([entry.id]);
    const back = await must(services, 'networks:undo-delete', { trashId: entry.id });
    expect(back).toEqual(network);
    expect((await onDisk()).trash).toEqual([]);
    const again = await services.dispatch('networks:undo-delete', { trashId: entry.id });
    expect(again.ok).toBe(false);
  });

  it('assigns the four roles and participants, refusing people who do not exist', async () => {
    const network = await must(services, 'networks:create', { name: 'A' });
    const people = await Promise.all(
      ['Mette', 'Jonas', 'Anne', 'Peter', 'Sara'].map((name) => must(services, 'people:create', { name })),
    );
    const roles = ['netvaerksleder', 'codriver', 'referenceleder', 'personaleleder'] as const;
    for (const [i, role] of roles.entries()) {
      await must(services, 'networks:assign-role', { id: network.id, role, personId: people[i]!.id });
    }
    await must(services, 'networks:add-participant', { id: network.id, personId: people[4]!.id });
    await must(services, 'networks:add-participant', { id: network.id, personId: people[4]!.id });
    const saved = (await onDisk()).networks[0];
    expect(saved?.roleHolders).toEqual(Object.fromEntries(roles.map((role, i) => [role, people[i]?.id])));
    expect(saved?.participants).toEqual([{ personId: people[4]!.id, core: true, note: '' }]);
    const ghost = await services.dispatch('networks:assign-role', {
      id: network.id,
      role: 'codriver',
      personId: 'ingen',
    });
    expect(ghost.ok ? 'ok' : ghost.error.code).toBe('not-found');
    await must(services, 'networks:update-participant', {
      id: network.id,
      personId: people[4]!.id,
      patch: { core: false, note: 'Borger' },
    });
    expect((await onDisk()).networks[0]?.participants).toEqual([
      { personId: people[4]!.id, core: false, note: 'Borger' },
    ]);
    await must(services, 'networks:remove-participant', { id: network.id, personId: people[4]!.id });
    expect((await onDisk()).networks[0]?.participants).toEqual([]);
  });

  it('refuses to delete a person who holds a role, and deletes one who does not (with undo)', async () => {
    const network = await must(services, 'networks:create', { name: 'Unge i job' });
    const mette = await must(services, 'people:create', { name: 'Mette' });
    await must(services, 'networks:assign-role', { id: network.id, role: 'netvaerksleder', personId: mette.id });
    const refused = await services.dispatch('people:delete', { id: mette.id });
    expect(refused.ok ? 'ok' : refused.error.message).toContain('«Unge i job»');
    await must(services, 'networks:assign-role', { id: network.id, role: 'netvaerksleder', personId: null });
    const entry = await must(services, 'people:delete', { id: mette.id });
    expect((await onDisk()).people).toEqual([]);
    await must(services, 'people:undo-delete', { trashId: entry.id });
    expect((await onDisk()).people.map((p) => p.name)).toEqual(['Mette']);
  });

  it('loads the example network once, with all four roles filled', async () => {
    const first = await must(services, 'networks:load-example', {});
    const second = await must(services, 'networks:load-example', {});
    expect(second.id).toBe(first.id);
    expect(Object.values(first.roleHolders).every((id) => id !== null)).toBe(true);
    expect(first.participants.length).toBeGreaterThan(2);
    const data = await onDisk();
    expect(data.networks).toHaveLength(1);
    for (const id of Object.values(first.roleHolders)) expect(data.people.some((p) => p.id === id)).toBe(true);
  });

  it('sorts people the Danish way', async () => {
    for (const name of ['Åse', 'Ølstykke', 'Ærø', 'Zenia', 'Anders']) await must(services, 'people:create', { name });
    expect((await must(services, 'people:list', {})).map((p) => p.name)).toEqual([
      'Anders',
      'Zenia',
      'Ærø',
      'Ølstykke',
      'Åse',
    ]);
  });
});
