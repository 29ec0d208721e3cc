import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { AppData } from './app-data';
import { plainCodec, type StoreCodec } from './codec';
import { isEmptyChange } from './change-set';
import { ChangeTracker, unwrapDeep } from './change-tracker';
import { dataText, snapshotText } from './data-file';
import { writeFileDurably } from './durable-write';
import { encodeRecord, JournalWriter, removeJournalsBefore } from './journal';
import { storageError } from './storage-error';
import { readOnlyRefusal } from './read-only';
import type { ReadOnlyInfo } from '../../shared/contract/app';

/** How long after a failed save the first retry comes. */
const FIRST_RETRY_MS = 5000;
/** Journal size after which the data file is rewritten in the background. */
const DEFAULT_COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * The lowdb adapter under the store's `Low`: a write makes the change just made durable — its
 * journal line, or the whole data file when the journal cannot carry it — instead of rewriting
 * the file each time, so a save's cost does not grow with the data.
 */
class JournaledAdapter implements Adapter<AppData> {
  constructor(
    private readonly loaded: AppData,
    private readonly persist: () => Promise<void>,
  ) {}

  async read(): Promise<AppData | null> {
    // The data as openStore loaded it: it quarantines and recovers before anything trusts a file.
    return this.loaded;
  }

  write(): Promise<void> {
    return this.persist();
  }
}

export interface StoreOptions {
  /** The journal generation new saves go to. */
  generation?: number;
  /** Journal bytes after which the data file is rewritten in the background. */
  compactAfterBytes?: number;
  /** Runs after each durable save with a way to serialise the data then (backups); its failure never fails the save. */
  afterSave?: (text: () => string) => Promise<void>;
  /** How text becomes bytes on disk (plain JSON unless encryption is on). */
  codec?: StoreCodec;
  /** Set when the data folder cannot be written: every change is refused and nothing is written. */
  readOnly?: ReadOnlyInfo | null;
}

/**
 * The app's data in memory. A save appends what changed to a journal and fsyncs it, so its cost
 * does not grow with the data; the whole data file is rewritten in the background now and then
 * (and on close), after which the journals it holds are removed.
 */
export class Store {
  /** lowdb's face of the data; `db.update` is the one way a change reaches memory and disk. */
  readonly #db: Low<AppData>;
  /** The journal line describing the change `db.update` is writing, or null when there is none. */
  #pendingLine: string | null = null;
  readonly #dataDir: string;
  readonly #codec: StoreCodec;
  readonly #readOnly: ReadOnlyInfo | null;
  readonly #compactAfterBytes: number;
  readonly #afterSave: (text: () => string) => Promise<void>;
  #journal: JournalWriter;
  #queue: Promise<unknown> = Promise.resolve();
  /** Data-file writes, one after another, so the generation on disk only ever goes up. */
  #snapshots: Promise<unknown> = Promise.resolve();
  #compacting = false;
  /** A save failed or data changed outside a tracked change: the next save writes the whole data file. */
  #needsFullWrite = false;
  #unsaved = false;
  #revision = 0;

  constructor(
    readonly file: string,
    data: AppData,
    options: StoreOptions = {},
  ) {
    this.#db = new Low(new JournaledAdapter(data, () => this.#save(this.#pendingLine)), data);
    this.#dataDir = path.dirname(file);
    this.#codec = options.codec ?? plainCodec;
    this.#readOnly = options.readOnly ?? null;
    this.#compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
    this.#afterSave = options.afterSave ?? (async () => undefined);
    this.#journal = new JournalWriter(this.#dataDir, options.generation ?? 0);
  }

  /** The current data; read-only by convention: change it only inside `mutate`. */
  get data(): AppData {
    return this.#db.data;
  }

  /** Goes up with every change, so caches (the search index) know when to look again. */
  get revision(): number {
    return this.#revision;
  }

  /** Why the data is open read-only, or null when it can be changed. */
  get readOnly(): ReadOnlyInfo | null {
    return this.#readOnly;
  }

  /** True when a change is in memory but its save failed; the next save retries it. */
  get hasUnsavedChanges(): boolean {
    return this.#unsaved;
  }

  /** The data as backups and exports hold it. */
  text(): string {
    return dataText(this.#db.data);
  }

  /**
   * Applies a change and resolves once it is durable. Changes run one at a time in call order,
   * so two saves never interleave. `change` must check everything before it touches data.
   */
  mutate<T>(change: (data: AppData) => T): Promise<T> {
    if (this.#readOnly) return Promise.reject(readOnlyRefusal(this.#readOnly));
    return this.#enqueue(async () => {
      let result: T | undefined;
      await this.#db.update((data) => {
        const tracker = new ChangeTracker(data, () => (this.#needsFullWrite = true));
        try {
          result = unwrapDeep(change(tracker.data));
        } catch (error) {
          // A change that threw after writing leaves data the journal cannot describe.
          if (!isEmptyChange(tracker.finish())) this.#needsFullWrite = true;
          throw error;
        }
        const record = tracker.finish();
        this.#revision += 1;
        this.#unsaved = true;
        this.#pendingLine = isEmptyChange(record) ? null : encodeRecord(record, this.#codec);
      });
      return result as T;
    });
  }

  /** Replaces all data at once (restore, import) and saves it whole, in turn with other changes. */
  replaceAll(data: AppData): Promise<void> {
    if (this.#readOnly) return Promise.reject(readOnlyRefusal(this.#readOnly));
    return this.#enqueue(async () => {
      this.#db.data = data;
      this.#revision += 1;
      this.#unsaved = true;
      this.#needsFullWrite = true;
      this.#pendingLine = null;
      await this.#db.write();
    });
  }

  /** Writes the whole data file now, in turn with saves (a new or recovered data folder). */
  writeAll(): Promise<void> {
    return this.replaceAll(this.#db.data);
  }

  /** Folds the journal into the data file soon, without holding up saves. */
  compactSoon(): void {
    if (this.#readOnly) return;
    // Only the switch to a new journal and the serialising wait their turn; the write runs beside later saves.
    void this.#enqueue(async () => {
      if (!this.#compacting)
        this.#startCompaction().catch((error: unknown) => console.error('Compaction failed', error));
    });
  }

  /** Folds the journal into the data file now and waits for it, so no journal holds what was removed (purging). */
  compactNow(): Promise<void> {
    if (this.#readOnly) return Promise.reject(readOnlyRefusal(this.#readOnly));
    return this.#enqueue(() => this.#compact());
  }

  /** Resolves once queued saves and background writes of the data file are done. */
  async idle(): Promise<void> {
    await this.#enqueue(async () => undefined);
    await this.#snapshots;
  }

  /** Waits for pending saves, folds the journal into the data file and closes it. */
  close(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#retryTimer) clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
      if (!this.#readOnly && (this.#journal.bytes > 0 || this.#needsFullWrite)) await this.#compact();
      await this.#snapshots;
      await this.#journal.close();
    });
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Makes the change durable: one journal line, or the whole data file when the journal cannot be trusted to carry it. */
  async #save(line: string | null): Promise<void> {
    try {
      if (this.#needsFullWrite) await this.#compact();
      else if (line !== null) await this.#journal.append(line);
      this.#unsaved = false;
    } catch (error) {
      // The journal may now end in a torn line; only a full write may follow it.
      this.#needsFullWrite = true;
      this.#scheduleRetry();
      throw storageError(error);
    }
    this.#retryDelayMs = FIRST_RETRY_MS;
    await this.#afterSave(() => this.text()).catch((error: unknown) => console.error('Backup failed', error));
    if (this.#journal.bytes >= this.#compactAfterBytes && !this.#compacting) this.compactSoon();
  }

  /** Writes the data file and waits for it; clears the need for a full write once it lands. */
  async #compact(): Promise<void> {
    await this.#startCompaction();
    this.#needsFullWrite = false;
  }

  /**
   * Must run inside the queue. Starts a new journal, takes the data's text as it is now, and
   * writes it as the data file naming the new generation; only then are older journals removed.
   * Saves made while the file is written go to the new journal, so none can be lost.
   */
  #startCompaction(): Promise<void> {
    const previous = this.#journal;
    const generation = previous.generation + 1;
    this.#journal = new JournalWriter(this.#dataDir, generation);
    const text = snapshotText(this.#db.data, generation);
    this.#compacting = true;
    const written = this.#snapshots.then(async () => {
      await previous.close();
      await writeFileDurably(this.file, this.#codec.encodeFile(text));
      await removeJournalsBefore(this.#dataDir, generation);
    });
    this.#snapshots = written.catch(() => undefined);
    void written.then(
      () => (this.#compacting = false),
      () => (this.#compacting = false),
    );
    return written;
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
}
