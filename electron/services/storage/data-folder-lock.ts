import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { PRIVATE_FILE_MODE } from '../privacy/private-modes';

/** Name of the lock file in the data folder. */
export const LOCK_FILE = '.ledelsesrum.lock';

/** A held lock; release it when the app closes. */
export interface DataFolderLock {
  release(): Promise<void>;
}

/**
 * Makes sure only one running app (Electron or the browser preview) writes a data folder:
 * two writers would overwrite each other's saves. A lock left by a process that is gone is taken over.
 */
export async function acquireDataFolderLock(dataDir: string): Promise<DataFolderLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await fs.writeFile(file, mine, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return { release: () => releaseIfMine(file, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await holderIsAlive(file)) {
        throw new AppError(
          'locked',
          'Ledelsesrum er allerede åbent med den samme datamappe. Luk det andet vindue først.',
          'Ledelsesrum is already open with the same data folder. Close the other window first.',
        );
      }
      await fs.rm(file, { force: true });
    }
  }
  throw new AppError('locked', 'Datamappen kunne ikke låses.', 'The data folder could not be locked.');
}

async function holderIsAlive(file: string): Promise<boolean> {
  try {
    const holder = JSON.parse(await fs.readFile(file, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof holder.pid !== 'number') return false;
    // Another machine sharing the folder: its process cannot be checked from here, so assume it runs.
    if (holder.host !== os.hostname()) return true;
    if (holder.pid === process.pid) return false;
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseIfMine(file: string, mine: string): Promise<void> {
  const current = await fs.readFile(file, 'utf8').catch(() => '');
  if (current === mine) await fs.rm(file, { force: true });
}
