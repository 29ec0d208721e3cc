import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_DIR } from '../../../../electron/services/storage/backups';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import { fixedClock, must, startTempServices } from '../../../support/temp-services';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-backup-order-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('backups are ordered by when they were made, not by the clock', () => {
  it('restores the backup made last after the clock went backwards', async () => {
    const clock = fixedClock('2026-11-23T12:00:00.000Z');
    const first = await openStore(dir, clock);
    await first.store.mutate((data) => (data.profile.name = 'Kl. 12 efter uret'));
    await first.backups.create('manual', first.store.text());
    // The clock is put back two hours (a wrong time corrected); the next backup is still the newer one.
    clock.advance(-2 * 3600_000);
    await first.store.mutate((data) => (data.profile.name = 'Lavet sidst'));
    await first.backups.create('manual', first.store.text());
    await first.store.close();

    const listed = await first.backups.list();
    expect(listed.map((b) => b.createdAt)).toEqual(['2026-11-23T10:00:00.000Z', '2026-11-23T12:00:00.000Z']);

    await fs.writeFile(path.join(dir, DATA_FILE), 'ødelagt');
    const second = await openStore(dir, clock);
    expect(second.store.data.profile.name).toBe('Lavet sidst');
    await second.store.close();
  });

  it('prunes by the order backups were made, keeping the newest even when the clock jumped back', async () => {
    const clock = fixedClock('2026-11-23T12:00:00.000Z');
    const { store, backups } = await openStore(dir, clock);
    for (let n = 0; n < 22; n += 1) {
      await store.mutate((data) => (data.profile.name = `kopi ${n}`));
      await backups.create('manual', store.text());
      clock.advance(n === 10 ? -24 * 3600_000 : 60_000);
    }
    const kept = (await backups.list()).filter((b) => b.kind === 'manual');
    expect(kept).toHaveLength(20);
    const newest = await backups.open(kept[0]?.name ?? '');
    expect(newest.ok && newest.data.profile.name).toBe('kopi 21');
    const oldest = await backups.open(kept.at(-1)?.name ?? '');
    expect(oldest.ok && oldest.data.profile.name).toBe('kopi 2');
    await store.close();
  });
});

describe('a backup that fails is not silent', () => {
  it('keeps a Danish banner up while automatic backups fail, and takes it down once one succeeds', async () => {
    const services = await startTempServices({ dataDir: dir, clock: fixedClock() });
    const realRename = fs.rename;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).includes(`${path.sep}${BACKUP_DIR}${path.sep}`))
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return realRename(from, to);
    });
    await must(services, 'networks:create', { name: 'Gemt, men uden kopi' });
    // The automatic copy runs shortly after the save.
    await vi.waitFor(
      async () => {
        const status = await must(services, 'app:storage-status', {});
        expect(status.backupProblem?.message).toBe(
          'Der kan ikke tages sikkerhedskopier: Disken er fuld. Dine ændringer gemmes stadig; Ledelsesrum prøver igen ved næste ændring.',
        );
      },
      { timeout: 5000 },
    );
    // A backup asked for fails with the same words.
    const asked = await services.dispatch('backups:create', {});
    expect(asked).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (!asked.ok) expect(asked.error.message).toContain('Der kan ikke tages sikkerhedskopier: Disken er fuld.');

    vi.restoreAllMocks();
    await must(services, 'backups:create', {});
    expect((await must(services, 'app:storage-status', {})).backupProblem).toBeNull();
    await services.dispose();
  });
});
