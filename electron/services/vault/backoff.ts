import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import { writeFileDurably } from '../storage/durable-write';
import { PRIVATE_DIR_MODE } from '../privacy/private-modes';

/** The first wait after a wrong passcode or recovery code; it doubles with each one after, up to five minutes. */
export const FIRST_WAIT_MS = 1000;
export const MAX_WAIT_MS = 5 * 60_000;

const FORMAT = 'ledelsesrum-adgangsforsøg';

/** What is kept between runs: how many guesses in a row were wrong, and when the last one was made. No secret, no text. */
interface Attempts {
  failures: number;
  lastAt: number;
}

const waitFor = (failures: number) => (failures === 0 ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (failures - 1), MAX_WAIT_MS));

/**
 * Growing waits after wrong guesses of the passcode or the recovery code: while one lasts, nothing is
 * tried. With a file, the count survives a restart (quitting does not start it over). A guess is counted
 * on disk BEFORE it is tried and cleared only when it was right, so killing the app mid-guess earns the
 * wait too. The file lives outside the data folder (the count belongs to this computer, and a wrong guess
 * changes nothing in the folder), is written durably and is 0600; a missing or unreadable file counts as
 * no wrong guesses, which gives nothing away (whoever can change the file could delete it).
 */
export class Backoff {
  #attempts: Attempts = { failures: 0, lastAt: 0 };
  #loaded = false;
  #queue: Promise<unknown> = Promise.resolve();

  /** `file` null: counted in memory only. `canWrite` false (a read-only folder): the file is read but not written. */
  constructor(
    private readonly clock: Clock,
    private readonly file: string | null = null,
    private readonly canWrite: () => boolean = () => true,
  ) {}

  /** Reads the count a former run left (once; later calls keep the count in memory). */
  async load(): Promise<void> {
    if (this.#loaded) return;
    this.#loaded = true;
    if (this.file) this.#attempts = await readAttempts(this.file);
  }

  /** How long until the next guess may be tried; 0 when it may be now. A clock turned back never makes it longer than the cap. */
  waitMs(): number {
    const left = this.#attempts.lastAt + waitFor(this.#attempts.failures) - this.clock.now().getTime();
    return Math.min(Math.max(0, left), MAX_WAIT_MS);
  }

  /**
   * Tries one guess (null means wrong). Refused untried while a wait lasts; otherwise counted first, then
   * tried; a right guess starts the count over. One guess at a time.
   */
  attempt<T>(guess: () => Promise<T | null>): Promise<{ ok: true; value: T } | { ok: false; waitMs: number }> {
    const run = this.#queue.then(async () => {
      await this.load();
      const wait = this.waitMs();
      if (wait > 0) return { ok: false as const, waitMs: wait };
      const before = this.#attempts;
      await this.#save({ failures: before.failures + 1, lastAt: this.clock.now().getTime() });
      const value = await guess();
      if (value === null) return { ok: false as const, waitMs: this.waitMs() };
      await this.#save({ failures: 0, lastAt: 0 });
      return { ok: true as const, value };
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #save(next: Attempts): Promise<void> {
    this.#attempts = next;
    if (!this.file || !this.canWrite()) return;
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true, mode: PRIVATE_DIR_MODE });
      await writeFileDurably(this.file, JSON.stringify({ format: FORMAT, ...next }));
    } catch (error) {
      // A place that cannot be written (a full disk) must not lock the user out: the count goes on in memory.
      console.error('The count of wrong guesses could not be saved', error);
    }
  }
}

async function readAttempts(file: string): Promise<Attempts> {
  try {
    const value = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Attempts> & { format?: unknown };
    const failures = Number(value.failures);
    const lastAt = Number(value.lastAt);
    if (value.format !== FORMAT || !Number.isInteger(failures) || failures < 0 || !Number.isFinite(lastAt))
      return { failures: 0, lastAt: 0 };
    return { failures: Math.min(failures, 64), lastAt };
  } catch {
    return { failures: 0, lastAt: 0 };
  }
}
