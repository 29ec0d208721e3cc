import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRASH_KEEP_DAYS } from '../../../../electron/shared/entities';
import { fixedClock, must, startTempServices, type TempServices } from '../../../support/temp-services';

const WORD = 'Kvarkfløjtespil';
let services: TempServices | null = null;
afterEach(async () => {
  await services?.dispose();
  services = null;
});

/** Every file under the folder, read whole, so a word can be looked for in every byte. */
async function filesUnder(dir: string): Promise<Array<{ file: string; bytes: Buffer }>> {
  const out: Array<{ file: string; bytes: Buffer }> = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push({ file: full, bytes: await fs.readFile(full) });
  }
  return out;
}
const holding = async (dir: string, word: string) =>
  (await filesUnder(dir)).filter(({ bytes }) => bytes.includes(Buffer.from(word, 'utf8'))).map((f) => f.file);

describe('purging the trash', () => {
  it('removes a deleted private entry from data, journal and backups once the window has passed, and keeps it out', async () => {
    const clock = fixedClock();
    // Plain on disk, so the scan below can see the word before the purge and prove it gone after.
    services = await startTempServices({ clock, plain: true });
    const entry = await must(services, 'reflections:create', { kind: 'fri', private: true });
    for (const n of [1, 2, 3])
      await must(services, 'reflections:update', { id: entry.id, patch: { body: `${WORD} udkast ${n}` } });
    await must(services, 'backups:create', {});
    await services.store.compactNow();
    await must(services, 'backups:create', {});
    await must(services, 'reflections:update', { id: entry.id, patch: { body: `${WORD} sidste` } });
    const trashed = await must(services, 'reflections:delete', { id: entry.id });
    expect((await holding(services.dataDir, WORD)).length).toBeGreaterThan(0);

    // Within the window it can still be taken back, and a start purges nothing.
    clock.advance((TRASH_KEEP_DAYS - 1) * 86_400_000);
    const dataDir = services.dataDir;
    await services.close();
    services = await startTempServices({ clock, dataDir, plain: true });
    expect(services.store.data.trash.map((t) => t.id)).toEqual([trashed.id]);

    // Past the window the next start purges it everywhere.
    clock.advance(2 * 86_400_000);
    await services.close();
    services = await startTempServices({ clock, dataDir, plain: true });
    expect(services.store.data.trash).toEqual([]);
    expect(services.store.data.tombstones).toEqual([
      { id: entry.id, kind: 'reflection', deletedAt: trashed.deletedAt },
    ]);
    expect(await holding(dataDir, WORD)).toEqual([]);
    expect(await must(services, 'reflections:undo-delete', { trashId: trashed.id }).catch(() => 'refused')).toBe(
      'refused',
    );
    await services.close();
    services = await startTempServices({ clock, dataDir, plain: true });
    expect(await holding(dataDir, WORD)).toEqual([]);
    expect(services.store.data.reflections.some((r) => r.id === entry.id)).toBe(false);
  });

  it('"Tøm papirkurven" purges at once, and an import of an old copy does not bring the entry back', async () => {
    services = await startTempServices({ clock: fixedClock() });
    const entry = await must(services, 'reflections:create', { kind: 'fri', private: true });
    await must(services, 'reflections:update', { id: entry.id, patch: { body: WORD } });
    const oldCopy = services.store.text();
    await must(services, 'reflections:delete', { id: entry.id });
    expect(await must(services, 'data:trash-status', {})).toEqual({ count: 1, keepDays: TRASH_KEEP_DAYS });
    const report = await must(services, 'data:empty-trash', {});
    expect(report.purged).toBe(1);
    expect(await holding(services.dataDir, WORD)).toEqual([]);
    await must(services, 'data:import', { content: oldCopy, mode: 'merge' });
    expect(services.store.data.reflections.some((r) => r.id === entry.id)).toBe(false);
  });
});

describe('replacing all data with a file', () => {
  it('never brings back an entry purged or in the trash here, keeps the trash, and keeps a private entry private', async () => {
    services = await startTempServices({ clock: fixedClock() });
    const purged = await must(services, 'reflections:create', { kind: 'fri', private: true });
    await must(services, 'reflections:update', { id: purged.id, patch: { body: WORD } });
    const trashed = await must(services, 'reflections:create', { kind: 'fri', private: true });
    await must(services, 'reflections:update', { id: trashed.id, patch: { body: `${WORD} to` } });
    const kept = await must(services, 'reflections:create', { kind: 'fri', private: true });
    // A full copy from before the deletions, with the kept entry made public in it.
    const old = JSON.parse(services.store.text()) as { reflections: Array<{ id: string; private: boolean }> };
    old.reflections = old.reflections.map((r) => (r.id === kept.id ? { ...r, private: false } : r));
    await must(services, 'reflections:delete', { id: purged.id });
    await must(services, 'data:empty-trash', {});
    const inTrash = await must(services, 'reflections:delete', { id: trashed.id });

    const report = await must(services, 'data:import', { content: JSON.stringify(old), mode: 'replace' });
    expect(report.skipped).toBe(2);
    const data = services.store.data;
    expect(data.reflections.map((r) => r.id)).toEqual([kept.id]);
    expect(data.reflections[0]?.private).toBe(true);
    expect(data.trash.map((t) => t.id)).toEqual([inTrash.id]);
    expect(data.tombstones?.map((s) => s.id)).toEqual([purged.id]);
    expect(services.store.text()).not.toContain(`"${WORD}"`);
    // The trash still gives its entry back after the replace.
    await must(services, 'reflections:undo-delete', { trashId: inTrash.id });
    expect(services.store.data.reflections.map((r) => r.id).sort()).toEqual([kept.id, trashed.id].sort());
  });
});
