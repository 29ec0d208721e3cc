import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../privacy/private-modes';
import { processExists, processStartTime } from './process-identity';

/** Name of the lock file in the data folder. */
export const LOCK_FILE = '.ledelsesrum.lock';
/** How often a holder shows it is alive by touching its lock file. */
const HEARTBEAT_MS = 10_000;
/** A lock not touched for this long has no proof its holder is alive. */
export const STALE_AFTER_MS = 30_000;

/** What a lock file says about its holder. */
interface LockRecord {
  token: string;
  pid: number;
  host: string;
  /** When the holding process started (see process-identity), or null where the system does not tell. */
  processStart: string | null;
  since: string;
}

/** A held lock; release it when the app closes. */
export interface DataFolderLock {
  release(): Promise<void>;
}

/** Who holds a data folder another app has locked, as far as the lock file tells. */
export interface LockHolder {
  host: string;
  sameHost: boolean;
  pid: number | null;
  /** When the holder last showed it was alive (the lock file's time). */
  lastSeen: string;
}

export type LockOutcome =
  | { kind: 'acquired'; lock: DataFolderLock }
  /** `provenAlive` false: the holder may be gone, and the user may choose to open the folder anyway. */
  | { kind: 'held'; holder: LockHolder; provenAlive: boolean };

/** Tokens of the locks this process holds, so two services in one process see each other as alive. */
const heldHere = new Set<string>();

/**
 * Makes sure only one running app (Electron or the browser preview, on this or another PC) writes
 * a data folder: two writers would overwrite each other's saves. A lock whose holder is provably
 * gone (no such process, or a new process with the old PID) is taken over by itself; one whose
 * holder cannot be proven alive or dead (another PC, no heartbeat for a while) only with `force`,
 * which the user asks for with "Åbn alligevel". Taking over is atomic: of many starting at once,
 * exactly one gets the lock. File-system failures (a full disk, a read-only folder) are thrown.
 */
export async function acquireDataFolderLock(
  dataDir: string,
  options: { force?: boolean; onLost?: () => void } = {},
): Promise<LockOutcome> {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockRecord = {
    token: randomBytes(12).toString('hex'),
    pid: process.pid,
    host: os.hostname(),
    processStart: processStartTime(process.pid),
    since: new Date().toISOString(),
  };
  const text = JSON.stringify(mine);
  // Known here before the file exists, so another opening in this process never takes it for a dead one.
  heldHere.add(mine.token);
  try {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (await createExclusive(file, text)) return { kind: 'acquired', lock: holding(file, mine, options.onLost) };
      const current = await readLock(file);
      if (!current) continue; // released meanwhile: try again
      const state = judge(current.record, current.mtimeMs);
      if (state === 'alive' || (state === 'unproven' && !options.force)) {
        heldHere.delete(mine.token);
        return {
          kind: 'held',
          holder: describeHolder(current.record, current.mtimeMs),
          provenAlive: state === 'alive',
        };
      }
      const outcome = await takeOver(file, current.raw, text);
      if (outcome === 'taken') return { kind: 'acquired', lock: holding(file, mine, options.onLost) };
      // Someone else is taking over or has just done so: look again shortly.
      if (outcome === 'busy') await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  } catch (error) {
    heldHere.delete(mine.token);
    throw error;
  }
  heldHere.delete(mine.token);
  throw Object.assign(new Error('the data folder lock kept changing'), { code: 'EBUSY' });
}

/** Creates the lock file with its whole content at once, failing if it exists. */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(temp, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  try {
    // A hard link appears complete or not at all, so no one ever reads a half-written lock.
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // File systems without hard links: an exclusive create, written straight after.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? ''))
      throw error;
    try {
      await fs.writeFile(file, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function readLock(file: string): Promise<{ raw: string; record: LockRecord | null; mtimeMs: number } | null> {
  try {
    const [raw, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    return { raw, record: parseRecord(raw), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseRecord(raw: string): LockRecord | null {
  try {
    const value = JSON.parse(raw) as Partial<LockRecord>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return {
      token: typeof value.token === 'string' ? value.token : '',
      pid: value.pid,
      host: value.host,
      processStart: typeof value.processStart === 'string' ? value.processStart : null,
      since: typeof value.since === 'string' ? value.since : '',
    };
  } catch {
    return null;
  }
}

/** Whether the holder is alive, provably gone, or neither can be shown. */
function judge(record: LockRecord | null, mtimeMs: number): 'alive' | 'dead' | 'unproven' {
  const fresh = Date.now() - mtimeMs < STALE_AFTER_MS;
  if (!record) return fresh ? 'unproven' : 'dead';
  if (record.host !== os.hostname()) return fresh ? 'alive' : 'unproven';
  // Another services instance in this very process (a restart under way, a test).
  if (heldHere.has(record.token)) return 'alive';
  if (record.pid === process.pid) return 'dead';
  if (!processExists(record.pid)) return 'dead';
  const start = processStartTime(record.pid);
  if (start !== null && record.processStart !== null) return start === record.processStart ? 'alive' : 'dead';
  return fresh ? 'alive' : 'unproven';
}

/**
 * Replaces the lock file `seen` with ours, unless someone else does so first. The right to try
 * is a marker file named after the lock it replaces, created exclusively; a marker left by a
 * contender that crashed is passed by the next numbered one once it is stale.
 */
async function takeOver(file: string, seen: string, text: string): Promise<'taken' | 'busy' | 'changed'> {
  const id = createHash('sha256').update(seen).digest('hex').slice(0, 16);
  for (let n = 0; n < 20; n += 1) {
    const marker = `${file}.takeover-${id}-${n}`;
    try {
      await fs.writeFile(marker, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stat = await fs.stat(marker).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs < STALE_AFTER_MS) return 'busy';
      continue;
    }
    try {
      // Only the marker's owner gets here; the lock must still be the one judged, not a new holder's.
      if ((await fs.readFile(file, 'utf8').catch(() => null)) !== seen) return 'changed';
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temp, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      await fs.rename(temp, file);
      return 'taken';
    } finally {
      await fs.rm(marker, { force: true });
    }
  }
  return 'busy';
}

/** A held lock: touched every few seconds as proof of life, watched so a takeover by someone else is noticed. */
function holding(file: string, mine: LockRecord, onLost?: () => void): DataFolderLock {
  let released = false;
  const timer = setInterval(() => {
    void (async () => {
      const current = parseRecord(await fs.readFile(file, 'utf8').catch(() => ''));
      if (released) return;
      if (current?.token !== mine.token) {
        clearInterval(timer);
        heldHere.delete(mine.token);
        onLost?.();
        return;
      }
      const now = new Date();
      await fs.utimes(file, now, now).catch(() => undefined);
    })();
  }, HEARTBEAT_MS);
  timer.unref?.();
  return {
    release: async () => {
      released = true;
      clearInterval(timer);
      heldHere.delete(mine.token);
      const current = parseRecord(await fs.readFile(file, 'utf8').catch(() => ''));
      if (current?.token === mine.token) await fs.rm(file, { force: true });
    },
  };
}

function describeHolder(record: LockRecord | null, mtimeMs: number): LockHolder {
  return {
    host: record?.host ?? '',
    sameHost: record?.host === os.hostname(),
    pid: record?.pid ?? null,
    lastSeen: new Date(mtimeMs).toISOString(),
  };
}
