import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFolderPrivate } from '../../../../electron/services/privacy/private-modes';
import { must, startTempServices } from '../../../support/temp-services';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function tempRoot(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-modes-'));
  made.push(dir);
  return dir;
}

/** Every folder and file under `dir` with its permission bits, the folder itself included. */
async function modes(dir: string): Promise<Array<{ path: string; kind: 'dir' | 'file'; mode: number }>> {
  const found: Array<{ path: string; kind: 'dir' | 'file'; mode: number }> = [];
  const walk = async (current: string) => {
    found.push({ path: current, kind: 'dir', mode: (await fs.stat(current)).mode & 0o777 });
    for (const entry of await fs.readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else found.push({ path: full, kind: 'file', mode: (await fs.stat(full)).mode & 0o777 });
    }
  };
  await walk(dir);
  return found;
}

const expectOwnerOnly = (list: Awaited<ReturnType<typeof modes>>) => {
  for (const item of list)
    expect({ path: item.path, mode: item.mode.toString(8) }).toEqual({
      path: item.path,
      mode: item.kind === 'dir' ? '700' : '600',
    });
};

describe.skipIf(process.platform === 'win32')('only the owner can read the data folder', () => {
  it('a new folder is 0700 and data file, journal, lock, backups, quarantine and exports are 0600', async () => {
    const root = await tempRoot();
    const dataDir = path.join(root, 'Ledelsesrum', 'data');
    // A damaged data file left from earlier, so the start moves it to the quarantine folder.
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(path.join(dataDir, 'ledelsesrum.json'), '{ ikke json', { mode: 0o644 });
    const exportDir = path.join(root, 'eksporter');
    await fs.mkdir(exportDir);
    const services = await startTempServices({
      dataDir,
      saveDialog: async (r) => path.join(exportDir, r.defaultFileName),
    });
    await must(services, 'reflections:create', { kind: 'fri', title: 'Tvivl', body: 'Kun til mig', private: true });
    await must(services, 'backups:create', {});
    const entries = await modes(dataDir);
    expect(entries.map((e) => path.relative(dataDir, e.path))).toEqual(
      expect.arrayContaining([
        'beskadigede-filer',
        'sikkerhedskopier',
        expect.stringMatching(/^ledelsesrum-journal-\d+\.jsonl$/),
      ]),
    );
    expectOwnerOnly(entries);

    await must(services, 'data:export', {});
    const exported = await modes(exportDir);
    expect(exported.filter((e) => e.kind === 'file')).toHaveLength(1);
    expectOwnerOnly(exported.filter((e) => e.kind === 'file'));

    await services.close();
    // After close the data file is rewritten (compaction); it stays owner-only too.
    expectOwnerOnly(await modes(dataDir));
  });

  it('tightens a folder an older version left readable by others', async () => {
    const dataDir = path.join(await tempRoot(), 'data');
    await fs.mkdir(path.join(dataDir, 'sikkerhedskopier'), { recursive: true, mode: 0o755 });
    await fs.chmod(dataDir, 0o755);
    await fs.writeFile(path.join(dataDir, 'sikkerhedskopier', 'daily-2026-01-01T00-00-00-000Z.json'), '{}', {
      mode: 0o644,
    });
    await fs.writeFile(path.join(dataDir, 'noter.txt'), 'x', { mode: 0o666 });
    await makeFolderPrivate(dataDir);
    expectOwnerOnly(await modes(dataDir));
  });
});
