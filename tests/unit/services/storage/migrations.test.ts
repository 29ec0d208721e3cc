import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../electron/services/storage/app-data';
import { migrateToCurrent, migrateV1toV2, MigrationError } from '../../../../electron/services/storage/migrations';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';

/** A data file as version 1 of the app wrote it. */
const v1File = {
  schemaVersion: 1,
  profile: { name: 'Mette', title: '', unit: '' },
  people: [
    {
      id: 'p1',
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
      name: 'Jonas',
      unit: '',
      title: '',
      email: '',
      phone: '',
    },
  ],
  networks: [
    {
      id: 'n1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
      name: 'Unge i job',
      theme: '',
      challenge: '',
      ambition: '',
      type: null,
      startDate: '',
      endDate: '',
      status: 'aktiv',
      archived: true,
      roles: { codriver: 'p1' },
      participantIds: ['p1'],
    },
  ],
};

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-migrate-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

describe('migration v1 → v2', () => {
  it('turns role maps, participant ids and the archived flag into the v2 shape', () => {
    const v2 = migrateV1toV2(structuredClone(v1File));
    expect(v2.schemaVersion).toBe(2);
    const network = (v2.networks as Array<Record<string, unknown>>)[0];
    expect(network?.roleHolders).toEqual({
      netvaerksleder: null,
      codriver: 'p1',
      referenceleder: null,
      personaleleder: null,
    });
    expect(network?.participants).toEqual([{ personId: 'p1', core: true, note: '' }]);
    expect(network?.archivedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(network).not.toHaveProperty('roles');
    expect(network).not.toHaveProperty('archived');
    expect(v2.trash).toEqual([]);
  });

  it('is pure: the input is not changed', () => {
    const input = structuredClone(v1File);
    migrateV1toV2(input);
    expect(input).toEqual(v1File);
  });

  it('refuses files without a version or from a newer app', () => {
    expect(() => migrateToCurrent({})).toThrow(MigrationError);
    expect(() => migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(/nyere version/);
  });

  it('opens a v1 file, rewrites it as the current version and says so', async () => {
    await fs.writeFile(path.join(dir, DATA_FILE), JSON.stringify(v1File));
    const { store, notices } = await openStore(dir, fixedClock());
    expect(store.data.networks[0]?.roleHolders.codriver).toBe('p1');
    expect(notices.map((n) => n.kind)).toEqual(['migrated']);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});
