import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listJournals } from '../../../../electron/services/storage/journal';
import { openStore } from '../../../../electron/services/storage/store';
import { fixedClock, savedData } from '../../../support/temp-services';

let dir: string;
type Write = (buffer: Uint8Array, offset?: number, length?: number) => Promise<{ bytesWritten: number }>;
let handleProto: { write: Write };
let realWrite: Write;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-short-'));
  const probe = await fs.open(path.join(dir, 'probe'), 'w');
  handleProto = Object.getPrototypeOf(probe) as { write: Write };
  realWrite = handleProto.write;
  await probe.close();
  await fs.rm(path.join(dir, 'probe'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

async function onlyJournal(): Promise<string> {
  const journals = await listJournals(dir);
  expect(journals).toHaveLength(1);
  return journals[0]?.file ?? '';
}

/** The next write takes only the first half of what it is asked, as a nearly full disk does, without an error. */
function nextWriteIsShort(): void {
  vi.spyOn(handleProto, 'write').mockImplementationOnce(function (this: FileHandle, buffer, offset = 0, length) {
    const asked = length ?? buffer.byteLength - offset;
    return realWrite.call(this, buffer, offset, Math.floor(asked / 2));
  });
}

describe('journal appends that the disk only partly takes', () => {
  it('writes the rest of a short write, so the acknowledged save survives a restart', async () => {
    const { store } = await openStore(dir, fixedClock());
    await store.mutate((data) => (data.profile.name = 'Før'));
    nextWriteIsShort();
    await store.mutate((data) => (data.profile.name = 'Skrevet i to dele'));
    expect(handleProto.write).toHaveBeenCalled();
    expect((await savedData(dir)).profile.name).toBe('Skrevet i to dele');
    const reopened = await openStore(dir, fixedClock());
    expect(reopened.store.data.profile.name).toBe('Skrevet i to dele');
    expect(reopened.notices).toEqual([]);
    await reopened.store.close();
  });

  it('cuts a torn line back off and fails the save with the disk message when the disk takes no more', async () => {
    const { store } = await openStore(dir, fixedClock());
    await store.mutate((data) => (data.profile.name = 'Sidst gemt'));
    const journal = await onlyJournal();
    const good = await fs.readFile(journal);
    // Half a line goes in, then the disk is full: the next write makes no progress at all.
    nextWriteIsShort();
    vi.spyOn(handleProto, 'write').mockResolvedValueOnce({ bytesWritten: 0 });
    await expect(store.mutate((data) => (data.profile.name = 'Ikke plads'))).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('Disken er fuld.'),
    });
    expect(await fs.readFile(journal)).toEqual(good);
    expect(store.hasUnsavedChanges).toBe(true);
    expect(store.data.profile.name).toBe('Ikke plads');
    vi.restoreAllMocks();
    // The kept change lands with the next save, and nothing torn is left behind.
    await store.mutate((data) => (data.profile.title = 'Bagefter'));
    const reopened = await openStore(dir, fixedClock());
    expect(reopened.store.data.profile).toMatchObject({ name: 'Ikke plads', title: 'Bagefter' });
    expect(reopened.notices).toEqual([]);
    await reopened.store.close();
  });

  it('tells the user at start when a cut-off last line was dropped', async () => {
    const { store } = await openStore(dir, fixedClock());
    await store.mutate((data) => (data.profile.name = 'Gemt'));
    // A crash mid-append leaves half a line with no newline at the end of the journal.
    await fs.appendFile(await onlyJournal(), '0badf00d {"put":{"profile":');
    const reopened = await openStore(dir, fixedClock());
    expect(reopened.store.data.profile.name).toBe('Gemt');
    expect(reopened.notices.map((n) => n.id)).toEqual(['journal-torn-tail']);
    expect(reopened.notices[0]?.message).toContain('blev ikke gemt færdig');
    await reopened.store.close();
  });
});
