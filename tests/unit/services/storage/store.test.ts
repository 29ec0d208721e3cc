import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAppData } from '../../../../electron/services/storage/app-data';
import { writeFileDurably } from '../../../../electron/services/storage/durable-write';
import { encodeRecord, journalFile } from '../../../../electron/services/storage/journal';
import { QUARANTINE_DIR } from '../../../../electron/services/storage/quarantine';
import { DATA_FILE, openStore } from '../../../../electron/services/storage/store';
import { fixedClock, savedData } from '../../../support/temp-services';
import { runCrashRounds } from '../../../support/crash-harness';

let dir: string;

/** Makes the next journal fdatasync fail with the given code, as a full or failing disk would. */
async function failNextJournalSync(code: string): Promise<void> {
  const probe = await fs.open(path.join(dir, 'probe'), 'w');
  const handleProto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
  await probe.close();
  await fs.rm(path.join(dir, 'probe'));
  vi.spyOn(handleProto, 'datasync').mockRejectedValueOnce(Object.assign(new Error(code), { code }));
}
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-store-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('durable writes', () => {
  it('fsyncs the file and the folder, renames over the target and leaves no temp file', async () => {
    const target = path.join(dir, 'data.json');
    await fs.writeFile(target, 'old');
    const probe = await fs.open(target, 'r');
    const handleProto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = vi.spyOn(handleProto, 'sync');
    const rename = vi.spyOn(fs, 'rename');
    await writeFileDurably(target, 'new content');
    expect(await fs.readFile(target, 'utf8')).toBe('new content');
    expect(sync.mock.calls.length).toBeGreaterThanOrEqual(process.platform === 'win32' ? 1 : 2);
    expect(rename).toHaveBeenCalledTimes(1);
    // The file's fsync comes before the rename, the folder's after it.
    expect(sync.mock.invocationCallOrder[0]).toBeLessThan(rename.mock.invocationCallOrder[0] ?? 0);
    expect((await fs.readdir(dir)).sort()).toEqual(['data.json']);
  });

  it('keeps the old file intact when the write fails', async () => {
    const target = path.join(dir, 'data.json');
    await fs.writeFile(target, 'the saved state');
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    await expect(writeFileDurably(target, 'never lands')).rejects.toThrow('disk full');
    expect(await fs.readFile(target, 'utf8')).toBe('the saved state');
    expect(await fs.readdir(dir)).toEqual(['data.json']);
  });
});

describe('the store', () => {
  it('serialises concurrent saves: every change lands, in call order', async () => {
    const { store } = await openStore(dir, fixedClock());
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        store.mutate((data) => {
          data.profile.name += `${n},`;
        }),
      ),
    );
    expect((await savedData(dir)).profile.name).toBe(Array.from({ length: 40 }, (_, n) => `${n},`).join(''));
  });

  it('reports a failed save in Danish, keeps the change in memory and saves it with the next change', async () => {
    const { store } = await openStore(dir, fixedClock());
    await failNextJournalSync('ENOSPC');
    await expect(store.mutate((data) => (data.profile.name = 'Mette'))).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('Disken er fuld'),
    });
    expect(store.hasUnsavedChanges).toBe(true);
    await store.mutate((data) => (data.profile.title = 'Leder'));
    // The journal may end in a torn line after a failure, so the next save writes the whole data file.
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as {
      profile: { name: string; title: string };
    };
    expect(onDisk.profile).toMatchObject({ name: 'Mette', title: 'Leder' });
    expect((await savedData(dir)).profile).toMatchObject({ name: 'Mette', title: 'Leder' });
    expect(store.hasUnsavedChanges).toBe(false);
  });

  it('creates a new data file with the current schema version', async () => {
    await openStore(dir, fixedClock());
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as { schemaVersion: number };
    expect(onDisk).toEqual({ ...emptyAppData(), journalGeneration: 1 });
    expect(await savedData(dir)).toEqual(emptyAppData());
  });

  it('clears temp files a crash left behind', async () => {
    await fs.writeFile(path.join(dir, '.tmp-ledelsesrum.json-123-abcd'), '{"half": ');
    await openStore(dir, fixedClock());
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('.tmp-'))).toEqual([]);
  });
});

// A file from a newer version is not damage: it is refused untouched (tests/unit/services/read-only-start.test.ts).
describe('damaged data files are quarantined, never overwritten', () => {
  const damaged: Array<[string, Uint8Array]> = [
    ['empty', new Uint8Array()],
    ['truncated', Buffer.from('{"schemaVersion":2,"profile":{"name":"Met')],
    ['NUL-filled', new Uint8Array(4096)],
    ['not JSON', Buffer.from('Kære dagbog, i dag …')],
    ['wrong shape', Buffer.from(JSON.stringify({ schemaVersion: 2, networks: 'ingen' }))],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ];

  for (const [kind, bytes] of damaged) {
    it(`moves a ${kind} file aside byte for byte and tells the user`, async () => {
      await fs.writeFile(path.join(dir, DATA_FILE), bytes);
      const { store, notices } = await openStore(dir, fixedClock('2026-11-23T10:15:30.000Z'));
      const kept = await fs.readdir(path.join(dir, QUARANTINE_DIR));
      expect(kept).toEqual(['ledelsesrum-2026-11-23T10-15-30-000Z.json']);
      expect(Buffer.from(await fs.readFile(path.join(dir, QUARANTINE_DIR, kept[0] ?? '')))).toEqual(Buffer.from(bytes));
      expect(notices).toHaveLength(1);
      expect(notices[0]?.kind).toBe('quarantined');
      expect(notices[0]?.message).toContain(QUARANTINE_DIR);
      expect(store.data.networks).toEqual([]);
    });
  }

  it('never overwrites an earlier quarantined file', async () => {
    const clock = fixedClock('2026-11-23T10:15:30.000Z');
    for (const text of ['første', 'anden']) {
      await fs.writeFile(path.join(dir, DATA_FILE), text);
      await openStore(dir, clock);
    }
    const kept = (await fs.readdir(path.join(dir, QUARANTINE_DIR))).sort();
    expect(kept).toHaveLength(2);
    const contents = await Promise.all(kept.map((f) => fs.readFile(path.join(dir, QUARANTINE_DIR, f), 'utf8')));
    expect(contents.sort()).toEqual(['anden', 'første']);
  });
});

describe('crash safety', () => {
  it('loses no acknowledged save, duplicates no id and never leaves an unreadable file when the writer is killed mid-save, import, restore or merge (100 rounds)', async () => {
    const report = await runCrashRounds(100, 7);
    expect(report.acknowledged).toBeGreaterThan(50);
    expect(report).toMatchObject({ unreadable: 0, lostAcknowledged: 0, duplicateIds: 0, restartMismatch: 0 });
  }, 600_000);
});

describe('retrying a failed save', () => {
  it('saves the kept change by itself once the disk works again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { store } = await openStore(dir, fixedClock());
      await failNextJournalSync('EIO');
      await expect(store.mutate((data) => (data.profile.name = 'Gemmes senere'))).rejects.toMatchObject({
        code: 'storage',
      });
      await vi.advanceTimersByTimeAsync(5000);
      expect(store.hasUnsavedChanges).toBe(true);
      await vi.waitFor(() => expect(store.hasUnsavedChanges).toBe(false));
      // The retry writes the whole data file, since the journal's last line may be torn.
      const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as { profile: { name: string } };
      expect(onDisk.profile.name).toBe('Gemmes senere');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the change journal', () => {
  const journals = async () => (await fs.readdir(dir)).filter((name) => name.startsWith('ledelsesrum-journal-'));

  it('saves a change as one journal line and leaves the data file alone', async () => {
    const { store } = await openStore(dir, fixedClock());
    const before = await fs.stat(path.join(dir, DATA_FILE), { bigint: true });
    await store.mutate((data) => (data.profile.name = 'Kun en linje'));
    const after = await fs.stat(path.join(dir, DATA_FILE), { bigint: true });
    expect([after.ino, after.mtimeNs, after.size]).toEqual([before.ino, before.mtimeNs, before.size]);
    const lines = (await fs.readFile(path.join(dir, (await journals())[0] ?? ''), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Kun en linje');
    expect((await savedData(dir)).profile.name).toBe('Kun en linje');
  });

  it('folds the journal into the data file on close', async () => {
    const { store } = await openStore(dir, fixedClock());
    await store.mutate((data) => (data.profile.name = 'Lukket'));
    await store.close();
    expect(await journals()).toEqual([]);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, DATA_FILE), 'utf8')) as { profile: { name: string } };
    expect(onDisk.profile.name).toBe('Lukket');
  });

  it('keeps every save made while the data file is rewritten in the background', async () => {
    const { store } = await openStore(dir, fixedClock(), { compactAfterBytes: 300 });
    await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        store.mutate((data) => {
          data.people.push({
            id: `p${n}`,
            createdAt: '2026-11-23T09:00:00.000Z',
            updatedAt: '2026-11-23T09:00:00.000Z',
            name: `Person ${n}`,
            unit: '',
            title: '',
            email: '',
            phone: '',
          });
        }),
      ),
    );
    await store.idle();
    expect((await savedData(dir)).people.map((p) => p.id)).toEqual(Array.from({ length: 60 }, (_, n) => `p${n}`));
    // Compactions ran and removed the journals they folded in.
    expect((await journals()).length).toBeLessThanOrEqual(2);
    const reopened = await openStore(dir, fixedClock());
    expect(reopened.store.data.people).toHaveLength(60);
  });

  it('moves a journal damaged before its end aside, keeps the saves before the damage and says so', async () => {
    const first = await openStore(dir, fixedClock('2026-11-23T10:15:30.000Z'));
    for (const name of ['en', 'to', 'tre']) await first.store.mutate((data) => (data.profile.name = name));
    const [journal] = await journals();
    const file = path.join(dir, journal ?? '');
    const lines = (await fs.readFile(file, 'utf8')).split('\n');
    lines[1] = (lines[1] ?? '').replace('"to"', '"TO"');
    await fs.writeFile(file, lines.join('\n'));
    const second = await openStore(dir, fixedClock('2026-11-23T10:15:30.000Z'));
    expect(second.store.data.profile.name).toBe('en');
    expect(second.notices.map((n) => n.kind)).toEqual(['quarantined']);
    expect(second.notices[0]?.message).toContain(QUARANTINE_DIR);
    expect(await fs.readdir(path.join(dir, QUARANTINE_DIR))).toEqual([
      `${path.parse(file).name}-2026-11-23T10-15-30-000Z.jsonl`,
    ]);
    expect((await savedData(dir)).profile.name).toBe('en');
  });

  it('moves aside a journal whose records would leave unsound data, and loads the data file alone', async () => {
    const first = await openStore(dir, fixedClock());
    await first.store.mutate((data) => (data.profile.name = 'Gemt'));
    await first.store.close();
    await fs.writeFile(
      journalFile(dir, 7),
      encodeRecord({ put: { people: 'ikke en liste' } }) +
        encodeRecord({ put: { profile: { name: 'x', title: '', unit: '' } } }),
    );
    const second = await openStore(dir, fixedClock());
    expect(second.store.data.profile.name).toBe('Gemt');
    expect(second.store.data.people).toEqual([]);
    expect(second.notices.map((n) => n.kind)).toEqual(['quarantined']);
    expect(await journals()).toEqual([]);
  });
});
