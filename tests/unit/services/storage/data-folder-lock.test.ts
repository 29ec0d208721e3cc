import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, LOCK_FILE } from '../../../../electron/services/storage/data-folder-lock';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-lock-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

describe('one running app per data folder', () => {
  it('refuses a second holder while the first runs, and allows one after release', async () => {
    const first = await acquireDataFolderLock(dir);
    // A live process that is not us holds it: our parent.
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    await expect(acquireDataFolderLock(dir)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('allerede åbent'),
    });
    await fs.rm(path.join(dir, LOCK_FILE));
    await first.release();
    const second = await acquireDataFolderLock(dir);
    await second.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('takes over a lock left by a process that is gone', async () => {
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const lock = await acquireDataFolderLock(dir);
    const holder = JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number };
    expect(holder.pid).toBe(process.pid);
    await lock.release();
  });

  it('treats a lock from another machine sharing the folder as held', async () => {
    await fs.writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'en-anden-pc' }));
    await expect(acquireDataFolderLock(dir)).rejects.toMatchObject({ code: 'locked' });
  });
});
