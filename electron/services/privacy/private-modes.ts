import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Other accounts on the machine (a shared terminal server) must not read the data folder: it is
 * 0700 and every file the app writes in it is 0600. Windows ignores these modes; there the folder
 * lives in the user's own profile, which other users cannot open.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the data folder owner-only, and tightens one an older version left readable: the folder,
 * its subfolders and its files. Links are left alone (they are not ours to change).
 */
export async function makeFolderPrivate(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return;
  await tighten(dataDir);
}

async function tighten(dir: string): Promise<void> {
  await fs.chmod(dir, PRIVATE_DIR_MODE);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await tighten(full);
    else if (entry.isFile()) await fs.chmod(full, PRIVATE_FILE_MODE).catch(ignoreVanished);
  }
}

/** A temp file can disappear between listing and chmod; that is fine. */
function ignoreVanished(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
