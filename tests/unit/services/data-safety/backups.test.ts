import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Network } from '../../../../electron/shared/entities';
import { BACKUP_DIR } from '../../../../electron/services/storage/backups';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import {
  fixedClock,
  folderCodec,
  must,
  readablePreview,
  savedData,
  savedName,
  startTempServices,
  type TempServices,
} from '../../../support/temp-services';
import { plainCodec } from '../../../../electron/services/storage/codec';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-backup-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const names = async () => (await fs.readdir(path.join(dir, BACKUP_DIR))).sort();

describe('rolling backups', () => {
  it('keeps the last 10 spaced saves and one a day for 7 days', async () => {
    const clock = fixedClock('2026-11-01T08:00:00.000Z');
    const { store, backups } = await openStore(dir, clock);
    for (let day = 0; day < 9; day += 1) {
      for (let save = 0; save < 4; save += 1) {
        await store.mutate((data) => (data.profile.name = `dag ${day} gem ${save}`));
        await backups.flushPending();
        clock.advance(10 * 60_000);
      }
      clock.advance(24 * 3600_000 - 40 * 60_000);
    }
    const all = await names();
    expect(all.filter((n) => n.startsWith('recent-'))).toHaveLength(10);
    expect(all.filter((n) => n.startsWith('daily-'))).toHaveLength(7);
    const newestRecent = all.filter((n) => n.startsWith('recent-')).at(-1) ?? '';
    const content = JSON.parse(await fs.readFile(path.join(dir, BACKUP_DIR, newestRecent), 'utf8')) as {
      profile: { name: string };
    };
    expect(content.profile.name).toBe('dag 8 gem 3');
  });

  it('keeps saves close together as one recent copy that always holds the latest state', async () => {
    const clock = fixedClock();
    const { store, backups } = await openStore(dir, clock);
    for (let n = 0; n < 30; n += 1) {
      await store.mutate((data) => (data.profile.name = `n${n}`));
      await backups.flushPending();
      clock.advance(1000);
    }
    const recent = (await names()).filter((n) => n.startsWith('recent-'));
    expect(recent).toHaveLength(1);
    const content = JSON.parse(await fs.readFile(path.join(dir, BACKUP_DIR, recent[0] ?? ''), 'utf8')) as {
      profile: { name: string };
    };
    expect(content.profile.name).toBe('n29');
  });

  it('writes the copy by itself shortly after saving stops', async () => {
    const { store } = await openStore(dir, fixedClock());
    await store.mutate((data) => (data.profile.name = 'uden flush'));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await names()).some((n) => n.startsWith('recent-'))).toBe(true);
  });
});

describe('recovery at start', () => {
  it('restores the newest sound backup when the data file is damaged, keeping the damaged bytes', async () => {
    const clock = fixedClock();
    const first = await openStore(dir, clock);
    await first.store.mutate((data) => (data.profile.name = 'Mette'));
    await first.backups.flushPending();
    clock.advance(120_000);
    await first.store.mutate((data) => (data.profile.name = 'Mette Kjærgaard'));
    await first.backups.flushPending();
    // A newer backup that is itself damaged must be passed over.
    await fs.writeFile(path.join(dir, BACKUP_DIR, 'recent-2099-01-01T00-00-00-000Z.json'), '{"ødelagt');
    await fs.writeFile(path.join(dir, DATA_FILE), '\0\0\0\0');
    const second = await openStore(dir, clock);
    expect(second.store.data.profile.name).toBe('Mette Kjærgaard');
    expect(second.notices[0]?.message).toMatch(/Sikkerhedskopien fra \d+\. november 2026 kl\. \d\d:\d\d er indlæst/);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as { profile: { name: string } };
    expect(onDisk.profile.name).toBe('Mette Kjærgaard');
  });

  it('starts empty and says so when no backup is sound', async () => {
    await fs.writeFile(path.join(dir, DATA_FILE), 'ikke json');
    const { store, notices } = await openStore(dir, fixedClock());
    expect(store.data.networks).toEqual([]);
    expect(notices[0]?.message).toContain('ingen brugbar sikkerhedskopi');
  });
});

describe('backup, restore, export and import through the contract', () => {
  let services: TempServices;
  beforeEach(async () => {
    services = await startTempServices({ dataDir: dir, clock: fixedClock() });
  });
  afterEach(async () => services.close());

  it('restores a backup after backing up the current state', async () => {
    await must(services, 'networks:create', { name: 'Før' });
    const backup = await must(services, 'backups:create', {});
    await must(services, 'networks:create', { name: 'Efter' });
    const result = await must(services, 'backups:restore', { name: backup.name });
    expect((await must(services, 'networks:list', {})).map((n) => n.name)).toEqual(['Før']);
    const codec = (await folderCodec(dir)) ?? plainCodec;
    const safety = JSON.parse(codec.decodeFile(await fs.readFile(path.join(dir, BACKUP_DIR, result.safetyBackup)))) as {
      networks: Network[];
    };
    expect(safety.networks.map((n) => n.name).sort()).toEqual(['Efter', 'Før']);
    const traversal = await services.dispatch('backups:restore', { name: '../ledelsesrum.json' });
    expect(traversal.ok).toBe(false);
  });

  it('exports everything and merges it back by id, newest winning', async () => {
    const a = await must(services, 'networks:create', { name: 'A' });
    const exported = await must(services, 'data:export', {});
    expect(exported.saved).toBe(true);
    const content = await fs.readFile(path.join(dir, savedName(exported)), 'utf8');
    await must(services, 'networks:update', { id: a.id, patch: { name: 'A ændret senere' } });
    await must(services, 'networks:create', { name: 'B' });
    const preview = readablePreview(await must(services, 'data:import-preview', { content }));
    expect(preview.counts.networks).toBe(1);
    expect(preview.merge).toMatchObject({ added: 0, unchanged: 1 });
    const merged = await must(services, 'data:import', { content, mode: 'merge' });
    expect(merged.unchanged).toBe(1);
    expect((await must(services, 'networks:list', {})).map((n) => n.name).sort()).toEqual(['A ændret senere', 'B']);
    await must(services, 'data:import', { content, mode: 'replace' });
    expect((await must(services, 'networks:list', {})).map((n) => n.name)).toEqual(['A']);
  });

  it('rejects a bad file with a reason and changes nothing', async () => {
    await must(services, 'networks:create', { name: 'Bliver' });
    const before = await savedData(services.dataDir);
    for (const content of [
      '{',
      '[]',
      '{"format":"ledelsesrum-eksport","formatVersion":9,"data":{}}',
      JSON.stringify({ schemaVersion: 2, networks: 5 }),
    ]) {
      const result = await services.dispatch('data:import', { content, mode: 'replace' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^Filen kan ikke indlæses: .+ Intet er ændret\.$/);
    }
    expect(await savedData(services.dataDir)).toEqual(before);
  });
});
