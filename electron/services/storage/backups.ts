import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import { PRIVATE_DIR_MODE } from '../privacy/private-modes';
import { plainCodec, type StoreCodec } from './codec';
import { dataText, interpret, type Interpreted } from './data-file';
import type { AppData } from './app-data';
import { writeFileDurably } from './durable-write';
import { backupProblem } from './storage-error';
import { AppError } from '../../shared/app-error';

/** Folder inside the data folder that holds the backups. */
export const BACKUP_DIR = 'sikkerhedskopier';

/** Why a backup was made; decides how many of its kind are kept. */
export type BackupKind = 'recent' | 'daily' | 'manual' | 'safety';

/** One backup file as the settings screen lists it. */
export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  size: number;
}

/** A listed backup with the place in the order backups were made (0 for ones named before sequences). */
type Listed = BackupInfo & { sequence: number };

/** How many of each kind are kept: the last saves, one a day for a week, the user's own, and those made before a restore or import. */
const KEEP: Record<BackupKind, number> = { recent: 10, daily: 7, manual: 20, safety: 10 };
/** Saves closer together than this share one recent backup, so ten backups span more than a burst of typing. */
const RECENT_SPACING_MS = 60_000;
/** How long after the last save a backup copy is written. */
const BACKUP_DELAY_MS = 1500;
/**
 * `recent-000000042-2026-11-23T09-00-00-000Z.json`: the sequence number orders backups, because
 * the clock can go backwards (a wrong time corrected, a trip across time zones on a bad setup);
 * the time is only shown. Names without a sequence come from before it and count as oldest.
 */
const NAME = /^(recent|daily|manual|safety)-(?:(\d{9})-)?(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.json$/;

/** Rolling, durable copies of the data file, made after saves and on request. */
export class Backups {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly codec: StoreCodec = plainCodec,
  ) {
    this.dir = path.join(dataDir, BACKUP_DIR);
  }

  #pending: (() => string) | null = null;
  #problem: { message: string; messageEn: string } | null = null;

  /** Why the last automatic backup failed, for a lasting banner; null once one succeeds. */
  get problem(): { message: string; messageEn: string } | null {
    return this.#problem;
  }

  #timer: ReturnType<typeof setTimeout> | null = null;
  #writing: Promise<void> = Promise.resolve();

  /**
   * Called after every durable save with a way to serialise the data. The copy is made shortly
   * after typing pauses, off the save's own path, from the data as it is then; the newest recent
   * copy always holds the latest state, and older ones stay a minute or more apart, so ten
   * copies reach back further than one burst of work.
   */
  afterSave(text: () => string): Promise<void> {
    this.#pending = text;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flushPending(), BACKUP_DELAY_MS);
    this.#timer.unref?.();
    return Promise.resolve();
  }

  /** Writes the waiting copy now (on close, before a restore, in tests). */
  flushPending(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const text = this.#pending;
    this.#pending = null;
    if (text === null) return this.#writing;
    this.#writing = this.#writing
      .then(() => this.writeRolling(text()))
      .then(
        () => void (this.#problem = null),
        (error: unknown) => {
          this.#problem ??= backupProblem(error);
          console.error('Backup failed', error);
        },
      );
    return this.#writing;
  }

  private async writeRolling(content: string): Promise<void> {
    // The data folder was removed (a test's temp folder, a user cleaning up): nothing to back up into.
    if (!(await fs.stat(path.dirname(this.dir)).catch(() => null))) return;
    const existing = await this.list();
    const now = this.clock.now();
    const newestRecent = existing.find((b) => b.kind === 'recent');
    await this.create('recent', content);
    if (newestRecent && now.getTime() - new Date(newestRecent.createdAt).getTime() < RECENT_SPACING_MS) {
      await fs.rm(path.join(this.dir, newestRecent.name), { force: true });
    }
    const today = now.toISOString().slice(0, 10);
    if (!existing.some((b) => b.kind === 'daily' && b.createdAt.slice(0, 10) === today)) {
      await this.create('daily', content);
    }
  }

  /**
   * Writes one backup durably and prunes its kind to the number kept. Text goes through the
   * store's codec; bytes are a data file as it lay on disk, already in the codec's form.
   */
  async create(kind: BackupKind, content: string | Uint8Array): Promise<BackupInfo> {
    const bytes = typeof content === 'string' ? this.codec.encodeFile(content) : content;
    // One at a time, so each backup gets its own next sequence number.
    const made = this.#creating.then(() => this.#write(kind, bytes));
    this.#creating = made.catch(() => undefined);
    return made.then(
      (info) => {
        this.#problem = null;
        return info;
      },
      (error: unknown) => {
        // Every failed backup, automatic or asked for, leaves the lasting banner until one succeeds.
        const problem = backupProblem(error);
        this.#problem = problem;
        throw new AppError('storage', problem.message, problem.messageEn);
      },
    );
  }

  #creating: Promise<unknown> = Promise.resolve();

  async #write(kind: BackupKind, bytes: Uint8Array): Promise<BackupInfo> {
    // Not recursive: if the data folder itself is gone, a late backup must not bring it back.
    await fs.mkdir(this.dir, { mode: PRIVATE_DIR_MODE }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    const sequence = Math.max(0, ...(await this.#listed()).map((b) => b.sequence)) + 1;
    const createdAt = this.clock.now().toISOString();
    const name = `${kind}-${String(sequence).padStart(9, '0')}-${createdAt.replace(/[:.]/g, '-')}.json`;
    await writeFileDurably(path.join(this.dir, name), bytes);
    await this.prune(kind);
    return { name, kind, createdAt, size: bytes.byteLength };
  }

  /** Every backup, newest first: the order they were made in, whatever the clock said. */
  async list(): Promise<BackupInfo[]> {
    return (await this.#listed()).map(({ sequence: _sequence, ...info }) => info);
  }

  async #listed(): Promise<Listed[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const infos = await Promise.all(
      names.map(async (name): Promise<Listed | null> => {
        const match = NAME.exec(name);
        if (!match) return null;
        const stat = await fs.stat(path.join(this.dir, name)).catch(() => null);
        if (!stat) return null;
        const iso = (match[3] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
        return { name, kind: match[1] as BackupKind, createdAt: iso, size: stat.size, sequence: Number(match[2] ?? 0) };
      }),
    );
    return infos
      .filter((b): b is Listed => b !== null)
      .sort(
        (a, b) => b.sequence - a.sequence || b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
      );
  }

  /** The bytes of one backup; the name must be one `list` gives, never a path. */
  async read(name: string): Promise<Uint8Array> {
    if (!NAME.test(name)) throw new Error('not a backup name');
    return fs.readFile(path.join(this.dir, name));
  }

  /** One backup decoded, migrated and checked, as the data file would be. */
  async open(name: string): Promise<Interpreted> {
    return interpret(await this.read(name), this.codec);
  }

  /**
   * Rewrites, in place and durably, every readable backup that `edit` changes (purging deleted
   * records). Returns how many were rewritten and the names of those that could not be read.
   */
  async rewriteWhere(edit: (data: AppData) => boolean): Promise<{ rewritten: number; unreadable: string[] }> {
    await this.flushPending();
    await this.#creating;
    let rewritten = 0;
    const unreadable: string[] = [];
    for (const backup of await this.list()) {
      const opened = await this.open(backup.name).catch(() => null);
      if (!opened?.ok) {
        unreadable.push(backup.name);
        continue;
      }
      if (!edit(opened.data)) continue;
      await writeFileDurably(path.join(this.dir, backup.name), this.codec.encodeFile(dataText(opened.data)));
      rewritten += 1;
    }
    return { rewritten, unreadable };
  }

  private async prune(kind: BackupKind): Promise<void> {
    const ofKind = (await this.list()).filter((b) => b.kind === kind);
    await Promise.all(ofKind.slice(KEEP[kind]).map((b) => fs.rm(path.join(this.dir, b.name), { force: true })));
  }
}
