import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PRIVATE_DIR_MODE } from '../privacy/private-modes';
import { syncFolder, writeFileDurably } from './durable-write';

/** Folder inside the data folder where damaged files are kept, byte for byte. */
export const QUARANTINE_DIR = 'beskadigede-filer';

/**
 * Moves a file that could not be trusted aside under a timestamped name, never overwriting it,
 * so the user (or support) can still recover what is in it. Returns the new path.
 */
export async function quarantineFile(dataDir: string, file: string, now: Date): Promise<string> {
  const target = await freeName(dataDir, file, now);
  await fs.rename(file, target);
  await syncFolder(path.dirname(target));
  await syncFolder(path.dirname(file));
  return target;
}

/**
 * Keeps a copy of a file's bytes aside, as `quarantineFile` names it, before the file itself is
 * rewritten (a data file whose sound records were kept). Durable before it resolves.
 */
export async function quarantineCopy(dataDir: string, file: string, bytes: Uint8Array, now: Date): Promise<string> {
  const target = await freeName(dataDir, file, now);
  await writeFileDurably(target, bytes);
  return target;
}

async function freeName(dataDir: string, file: string, now: Date): Promise<string> {
  const dir = path.join(dataDir, QUARANTINE_DIR);
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const parsed = path.parse(file);
  let target = path.join(dir, `${parsed.name}-${stamp}${parsed.ext}`);
  for (let n = 2; await exists(target); n += 1) target = path.join(dir, `${parsed.name}-${stamp}-${n}${parsed.ext}`);
  return target;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
