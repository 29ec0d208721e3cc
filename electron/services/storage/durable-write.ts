import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../privacy/private-modes';

/** Prefix of temp files, so start-up can recognise and clear the leftovers of a crash. */
export const TEMP_PREFIX = '.tmp-';

/**
 * Writes a file so that once this resolves the new content survives a crash or power cut:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder.
 * Until the rename the old file is untouched, so a crash mid-write loses nothing saved.
 */
export async function writeFileDurably(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `${TEMP_PREFIX}${path.basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const handle = await fs.open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir);
}

/** Makes a rename in a folder durable; Windows cannot open folders for fsync and does not need it. */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
