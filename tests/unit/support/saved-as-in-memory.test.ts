import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listJournals } from '../../../electron/services/storage/journal';
import { expectSavedAsInMemory, must, startTempServices, type TempServices } from '../../support/temp-services';

let services: TempServices;
let copy: string;
beforeEach(async () => {
  services = await startTempServices();
  await must(services, 'networks:create', { name: 'Første' });
  await must(services, 'networks:create', { name: 'Anden' });
  await services.store.idle();
  // Damage a copy of the folder, so the services themselves close cleanly.
  copy = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-copy-'));
  await fs.cp(services.dataDir, copy, { recursive: true });
});
afterEach(async () => {
  await services.dispose();
  await fs.rm(copy, { recursive: true, force: true });
});

describe('the check that disk equals memory', () => {
  it('passes when the saves are on disk', async () => {
    await expect(expectSavedAsInMemory(copy, services.store)).resolves.toBeUndefined();
  });

  it('fails when a journal is damaged', async () => {
    const journal = (await listJournals(copy)).at(-1);
    if (!journal) throw new Error('the saves went to a journal');
    // The first of two saves, changed by one character: damage before the last line, never a torn tail.
    const [first = '', ...rest] = (await fs.readFile(journal.file, 'utf8')).split('\n');
    const at = first.length - 5;
    const changed = first.slice(0, at) + (first[at] === 'A' ? 'B' : 'A') + first.slice(at + 1);
    await fs.writeFile(journal.file, [changed, ...rest].join('\n'));
    await expect(expectSavedAsInMemory(copy, services.store)).rejects.toThrow(/cannot be read back/);
  });

  it('fails when the data file cannot be read', async () => {
    await fs.writeFile(path.join(copy, 'ledelsesrum.json'), '{ikke json');
    await expect(expectSavedAsInMemory(copy, services.store)).rejects.toThrow(/cannot be read back/);
  });
});
