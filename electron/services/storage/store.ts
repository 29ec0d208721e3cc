import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { AppError } from '../../shared/app-error';
import type { StartupNotice } from '../../shared/entities';
import type { Clock } from '../clock';
import { checkAppData, emptyAppData, type AppData } from './app-data';
import { TEMP_PREFIX, writeFileDurably } from './durable-write';
import { MigrationError, migrateToCurrent } from './migrations';
import { QUARANTINE_DIR, quarantineFile } from './quarantine';
import { Backups } from './backups';
import { formatLongDate, utcToCopenhagen } from '../../shared/time';

/** How long after a failed save the first retry comes. */
const FIRST_RETRY_MS = 5000;

/** The data file's name inside the data folder. */
export const DATA_FILE = 'ledelsesrum.json';

/** lowdb adapter whose write resolves only once the data is durable on disk. */
class DurableJsonAdapter implements Adapter<AppData> {
  /** The text of the last successful write, for backups. */
  lastWritten = '';

  constructor(private readonly file: string) {}

  async read(): Promise<AppData | null> {
    // Loading is done by openStore, which must quarantine bad files before lowdb sees them.
    return null;
  }

  async write(data: AppData): Promise<void> {
    const text = `${JSON.stringify(data, null, 1)}\n`;
    await writeFileDurably(this.file, text);
    this.lastWritten = text;
  }
}

/** The app's data in memory, with serialised, durable writes to one JSON file. */
export class Store {
  readonly #db: Low<AppData>;
  readonly #adapter: DurableJsonAdapter;
  #queue: Promise<unknown> = Promise.resolve();
  #unsaved = false;
  #revision = 0;

  constructor(
    readonly file: string,
    data: AppData,
    /** Runs after each durable save with the text written (backups); its failure never fails the save. */
    private readonly afterSave: (text: string) => Promise<void> = async () => undefined,
  ) {
    this.#adapter = new DurableJsonAdapter(file);
    this.#db = new Low(this.#adapter, data);
    this.#db.data = data;
  }

  /** The current data; read-only by convention: change it only inside `mutate`. */
  get data(): AppData {
    return this.#db.data;
  }

  /** Goes up with every change, so caches (the search index) know when to look again. */
  get revision(): number {
    return this.#revision;
  }

  /** True when a change is in memory but its save failed; the next save retries it. */
  get hasUnsavedChanges(): boolean {
    return this.#unsaved;
  }

  /**
   * Applies a change and resolves once it is durable. Changes run one at a time in call order,
   * so two saves never interleave. `change` must check everything before it touches data.
   */
  mutate<T>(change: (data: AppData) => T): Promise<T> {
    const run = this.#queue.then(async () => {
      const result = change(this.#db.data);
      this.#revision += 1;
      this.#unsaved = true;
      await this.flush();
      return result;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Writes the in-memory data; a failure is reported in words, and the data stays in memory for a retry. */
  async flush(): Promise<void> {
    try {
      await this.#db.write();
      this.#unsaved = false;
    } catch (error) {
      this.#scheduleRetry();
      throw storageError(error);
    }
    this.#retryDelayMs = FIRST_RETRY_MS;
    await this.afterSave(this.#adapter.lastWritten).catch((error: unknown) => console.error('Backup failed', error));
  }

  #retryDelayMs = FIRST_RETRY_MS;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** A failed save is tried again by itself (5 s, then slower), so a freed disk gets the change without a new edit. */
  #scheduleRetry(): void {
    if (this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#unsaved) return;
      this.#retryDelayMs = Math.min(this.#retryDelayMs * 2, 60_000);
      void this.mutate(() => undefined).catch(() => undefined);
    }, this.#retryDelayMs);
    this.#retryTimer.unref?.();
  }

  /** Replaces all data at once (restore, import) and saves it, in turn with other changes. */
  replaceAll(data: AppData): Promise<void> {
    return this.mutate(() => {
      this.#db.data = data;
    });
  }
}

/** Turns a file-system failure into a message that says what happened and what to do. */
function storageError(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, [string, string]> = {
    ENOSPC: ['Disken er fuld.', 'The disk is full.'],
    EACCES: ['Ledelsesrum har ikke lov at skrive i datamappen.', 'Ledelsesrum may not write to the data folder.'],
    EPERM: ['Ledelsesrum har ikke lov at skrive i datamappen.', 'Ledelsesrum may not write to the data folder.'],
    EROFS: ['Datamappen ligger på et drev, der kun kan læses.', 'The data folder is on a read-only drive.'],
    EIO: ['Disken svarede med en fejl.', 'The disk reported an error.'],
  };
  const [da, en] = why[code] ?? ['Der opstod en fejl ved skrivning til disken.', 'Writing to the disk failed.'];
  return new AppError(
    'storage',
    `Ændringen er ikke gemt. ${da} Den er bevaret, og Ledelsesrum prøver selv at gemme den igen om lidt.`,
    `The change is not saved. ${en} It is kept, and Ledelsesrum will try to save it again shortly.`,
  );
}

/** The store, its backups and what the user must be told about how it was opened. */
export interface OpenedStore {
  store: Store;
  backups: Backups;
  notices: StartupNotice[];
}

/**
 * Opens (or creates) the data file. A file that cannot be read, is not valid JSON, has the wrong
 * shape or comes from a newer app is moved aside untouched, never overwritten; the newest backup
 * that is sound takes its place, and the user is told what happened.
 */
export async function openStore(dataDir: string, clock: Clock): Promise<OpenedStore> {
  await fs.mkdir(dataDir, { recursive: true });
  await removeStaleTempFiles(dataDir);
  const file = path.join(dataDir, DATA_FILE);
  const backups = new Backups(dataDir, clock);
  const open = async (data: AppData, notices: StartupNotice[], write: boolean): Promise<OpenedStore> => {
    const store = new Store(file, data, (text) => backups.afterSave(text));
    if (write) await store.flush();
    return { store, backups, notices };
  };
  const raw = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

  if (raw === null) return open(emptyAppData(), [], true);

  const loaded = interpret(raw);
  if (loaded.ok) {
    if (loaded.migratedFrom === null) return open(loaded.data, [], false);
    // Keep the file as it was before the upgrade, in case the new version has to be rolled back.
    await backups.create('safety', raw);
    return open(loaded.data, [migratedNotice(loaded.migratedFrom)], true);
  }

  const moved = await quarantineFile(dataDir, file, clock.now());
  const relative = path.join(QUARANTINE_DIR, path.basename(moved));
  const restored = await newestSoundBackup(backups);
  return open(restored?.data ?? emptyAppData(), [quarantinedNotice(loaded.reason, relative, restored?.createdAt ?? null)], true);
}

/** The newest backup that reads and checks cleanly, if any. */
async function newestSoundBackup(backups: Backups): Promise<{ data: AppData; createdAt: string } | null> {
  for (const backup of await backups.list()) {
    const checked = interpret(await backups.read(backup.name));
    if (checked.ok) return { data: checked.data, createdAt: backup.createdAt };
  }
  return null;
}

function migratedNotice(from: number): StartupNotice {
  return {
    id: `migrated-${from}`,
    kind: 'migrated',
    message: `Dine data er opdateret til det nye format (fra version ${from}). En kopi af den gamle fil ligger blandt sikkerhedskopierne.`,
    messageEn: `Your data was updated to the new format (from version ${from}). A copy of the old file is among the backups.`,
  };
}

function quarantinedNotice(reason: string, relative: string, backupAt: string | null): StartupNotice {
  const when = backupAt ? describeInstant(backupAt) : null;
  return {
    id: `quarantined-${path.basename(relative).replace(/[^A-Za-z0-9_-]/g, "-")}`,
    kind: 'quarantined',
    file: relative,
    message:
      `Datafilen kunne ikke læses (${reason}). Den er flyttet uændret til «${relative}» i datamappen. ` +
      (when ? `Sikkerhedskopien fra ${when.da} er indlæst, så du kan arbejde videre derfra.` : 'Der fandtes ingen brugbar sikkerhedskopi, så Ledelsesrum er startet uden data.'),
    messageEn:
      `The data file could not be read (${reason}). It was moved, unchanged, to “${relative}” in the data folder. ` +
      (when ? `The backup from ${when.en} has been loaded, so you can carry on from there.` : 'No usable backup was found, so Ledelsesrum started without data.'),
  };
}

/** "23. november 2026 kl. 10:15" / "23 November 2026 at 10:15" in Copenhagen time. */
function describeInstant(iso: string): { da: string; en: string } {
  const { date, time } = utcToCopenhagen(new Date(iso));
  return { da: `${formatLongDate(date, 'da')} kl. ${time}`, en: `${formatLongDate(date, 'en')} at ${time}` };
}

type Interpreted = { ok: true; data: AppData; migratedFrom: number | null } | { ok: false; reason: string };

/** Decodes, migrates and checks file bytes without touching the disk. */
export function interpret(raw: Uint8Array): Interpreted {
  let json: unknown;
  try {
    // fatal: invalid UTF-8 is damage, not something to paper over with replacement characters.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: raw.length === 0 ? 'filen er tom' : 'filen er ikke gyldig JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'filen har ikke den forventede form' };
  let migrated: { data: Record<string, unknown>; from: number };
  try {
    migrated = migrateToCurrent(json as Record<string, unknown>);
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, reason: error.message };
    throw error;
  }
  const checked = checkAppData(migrated.data);
  if (!checked.ok) return { ok: false, reason: `filen har ikke den forventede form (${checked.reason})` };
  return { ok: true, data: checked.data, migratedFrom: migrated.from === checked.data.schemaVersion ? null : migrated.from };
}

/** Clears temp files a crash left behind; they never hold anything the data file does not. */
async function removeStaleTempFiles(dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir);
  await Promise.all(names.filter((name) => name.startsWith(TEMP_PREFIX)).map((name) => fs.rm(path.join(dataDir, name), { force: true })));
}
