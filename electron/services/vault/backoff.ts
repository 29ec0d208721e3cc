import type { Clock } from '../clock';

/** The first wait after a wrong passcode; it doubles with each one after, up to five minutes. */
export const FIRST_WAIT_MS = 1000;
export const MAX_WAIT_MS = 5 * 60_000;

/** Growing waits after wrong guesses: while one lasts, nothing is tried. */
export class Backoff {
  #failures = 0;
  #retryAt = 0;

  constructor(private readonly clock: Clock) {}

  /** How long until the next attempt may be tried; 0 when it may be now. */
  waitMs(): number {
    return Math.max(0, this.#retryAt - this.clock.now().getTime());
  }

  /** Counts a wrong guess and returns the wait it earned. */
  failed(): number {
    this.#failures += 1;
    const wait = Math.min(FIRST_WAIT_MS * 2 ** (this.#failures - 1), MAX_WAIT_MS);
    this.#retryAt = this.clock.now().getTime() + wait;
    return wait;
  }

  /** A right guess starts the count over. */
  succeeded(): void {
    this.#failures = 0;
    this.#retryAt = 0;
  }
}
