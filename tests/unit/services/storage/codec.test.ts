import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodecError, plainCodec, type StoreCodec } from '../../../../electron/services/storage/codec';
import { openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-codec-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

/** A stand-in for encryption: base64 with a tag, so plain text never reaches the disk and a wrong codec is noticed. */
const taggedCodec: StoreCodec = {
  encodeFile: (text) => new TextEncoder().encode(`TAG:${Buffer.from(text).toString('base64')}`),
  decodeFile: (bytes) => {
    const text = Buffer.from(bytes).toString('utf8');
    if (!text.startsWith('TAG:')) throw new CodecError('filen kan ikke dekodes');
    return Buffer.from(text.slice(4), 'base64').toString('utf8');
  },
  encodeLine: (json) => `TAG:${Buffer.from(json).toString('base64')}`,
  decodeLine: (line) => {
    if (!line.startsWith('TAG:')) throw new CodecError('linjen kan ikke dekodes');
    return Buffer.from(line.slice(4), 'base64').toString('utf8');
  },
};

/** Every file below the data folder with its text. */
async function filesIn(folder: string): Promise<Array<[string, string]>> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), await fs.readFile(file, 'utf8')] as [string, string];
      }),
  );
}

describe('the store codec seam', () => {
  it('sends the data file, every journal line and every backup through the codec', async () => {
    const { store, backups } = await openStore(dir, fixedClock(), { codec: taggedCodec });
    await store.mutate((data) => (data.profile.name = 'Hemmelig Hansen'));
    await backups.create('manual', store.text());
    await store.mutate((data) => (data.profile.unit = 'Skjult enhed'));
    await backups.afterSave(() => store.text());
    await backups.flushPending();

    const files = await filesIn(dir);
    expect(files.map(([name]) => name).some((name) => name.includes('journal'))).toBe(true);
    expect(files.filter(([name]) => name.startsWith('sikkerhedskopier')).length).toBeGreaterThanOrEqual(2);
    for (const [name, text] of files) {
      expect(text, name).not.toContain('Hemmelig');
      expect(text, name).not.toContain('schemaVersion');
    }

    const reopened = await openStore(dir, fixedClock(), { codec: taggedCodec });
    expect(reopened.store.data.profile).toMatchObject({ name: 'Hemmelig Hansen', unit: 'Skjult enhed' });
    const newest = (await reopened.backups.list())[0];
    const backup = await reopened.backups.open(newest?.name ?? '');
    expect(backup.ok && backup.data.profile.unit).toBe('Skjult enhed');
    await reopened.store.close();
    // Closing folded the journal into the data file, still encoded.
    expect((await fs.readFile(path.join(dir, 'ledelsesrum.json'), 'utf8')).startsWith('TAG:')).toBe(true);
  });

  it('the plain codec reads and writes the data folder as plain JSON', async () => {
    const { store } = await openStore(dir, fixedClock(), { codec: plainCodec });
    await store.mutate((data) => (data.profile.name = 'Åben Åse'));
    await store.close();
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'ledelsesrum.json'), 'utf8')) as {
      profile: { name: string };
    };
    expect(onDisk.profile.name).toBe('Åben Åse');
  });
});
