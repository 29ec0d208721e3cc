import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newKey } from '../../../../electron/services/crypto/aead';
import { encryptedCodec } from '../../../../electron/services/storage/encrypted-codec';
import { openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-enc-store-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const word = 'Skovsnegletvivl';

/** Every byte of every file below the folder, by relative name. */
async function allBytes(folder: string): Promise<Array<[string, Buffer]>> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), await fs.readFile(file)] as [string, Buffer];
      }),
  );
}

describe('the store under the encrypting codec', () => {
  it('keeps a word out of every byte through saves, compaction and backups, and reopens with the key', async () => {
    const key = newKey();
    const clock = fixedClock();
    const { store, backups } = await openStore(dir, clock, { codec: encryptedCodec(key), compactAfterBytes: 2000 });
    for (let i = 0; i < 30; i++) {
      await store.mutate((data) => (data.profile.name = `${word} ${i}`));
      if (i % 10 === 0) {
        await backups.create('manual', store.text());
        clock.advance(60 * 60 * 1000);
      }
    }
    await backups.afterSave(() => store.text());
    await backups.flushPending();
    await store.close();

    const files = await allBytes(dir);
    expect(files.some(([name]) => name.startsWith('sikkerhedskopier'))).toBe(true);
    for (const [name, bytes] of files) {
      expect(bytes.includes(word), name).toBe(false);
      expect(bytes.includes(Buffer.from(word, 'utf16le')), name).toBe(false);
      expect(bytes.includes('schemaVersion'), name).toBe(false);
    }

    const reopened = await openStore(dir, fixedClock(), { codec: encryptedCodec(key) });
    expect(reopened.notices).toEqual([]);
    expect(reopened.store.data.profile.name).toBe(`${word} 29`);
    await reopened.store.close();
  });
});
