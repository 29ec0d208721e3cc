import type { VaultState } from '$shared/contract/vault';
import { api, call } from '../api';
import { flushAllAutosaves } from '../autosave';

type Closed = Extract<VaultState, { kind: 'closed' }>;

/**
 * Whether the data can be reached. The window asks once at start and shows nothing of the data
 * until it is open; locking reloads the window, so no decrypted text stays behind in it.
 */
class VaultHolder {
  #state = $state.raw<VaultState | null>(null);
  // When the services will try again, on this window's clock (retryAfterMs counts from their answer).
  #retryAt = $state(0);
  #locking = false;

  /** The last state the services reported; null until the first answer. */
  get state(): VaultState | null {
    return this.#state;
  }

  /** True when the data is open. */
  get isOpen(): boolean {
    return this.#state?.kind === 'open';
  }

  /** The closed state, if closed. */
  get closed(): Closed | null {
    return this.#state?.kind === 'closed' ? this.#state : null;
  }

  /** The moment (Date.now()) before which another attempt is refused. */
  get retryAt(): number {
    return this.#retryAt;
  }

  /** Asks the services. */
  async load(): Promise<VaultState> {
    return this.#take(await call(api.vault.status({})));
  }

  /** Tries the passcode or the recovery code; a wrong one answers closed, with a longer wait. */
  async open(input: { passcode: string } | { recoveryCode: string }): Promise<VaultState> {
    return this.#take(await call(api.vault.open(input)));
  }

  /** Chooses the passcode of a new data folder, which then opens. */
  async setup(passcode: string): Promise<VaultState> {
    return this.#take(await call(api.vault.setupPasscode({ passcode })));
  }

  /** The recovery code waiting to be shown once, or null. */
  async recoveryCode(): Promise<string | null> {
    return (await call(api.vault.recoveryCode({})))?.code ?? null;
  }

  /** The user has kept the code: it is not shown again. */
  async recoveryCodeSaved(): Promise<void> {
    this.#take(await call(api.vault.recoveryCodeSaved({})));
  }

  /** Takes a state the services answered with elsewhere (setting or removing the passcode). */
  update(state: VaultState): void {
    this.#take(state);
  }

  /**
   * Locks: the services close the data and forget its key, then the window starts over from
   * nothing, so every text it held is gone with the old page.
   */
  async lock(): Promise<void> {
    if (this.#locking) return;
    this.#locking = true;
    try {
      // Typing still waiting for its save reaches the disk before the data closes.
      await flushAllAutosaves();
      await call(api.vault.lock({}));
      location.reload();
    } finally {
      this.#locking = false;
    }
  }

  /** True when locking is possible: the data is encrypted and a passcode is set. */
  get canLock(): boolean {
    return this.#state?.kind === 'open' && this.#state.encrypted && this.#state.passcodeSet;
  }

  #take(state: VaultState): VaultState {
    this.#state = state;
    this.#retryAt = state.kind === 'closed' ? Date.now() + state.retryAfterMs : 0;
    return state;
  }
}

/** The data folder's lock state. */
export const vault = new VaultHolder();
