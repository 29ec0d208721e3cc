import { AppError } from '../../shared/app-error';
import type { VaultState } from '../../shared/contract/vault';
import type { ScryptParams } from '../crypto/kdf';
import { unwrapWithPasscode, withKeyStore, withoutSlot, withPasscode, type KeyEnvelope } from '../crypto/key-envelope';
import type { KeyStore } from '../crypto/key-store';
import type { Backoff } from './backoff';

/** What the app lock needs of the vault: the open key and envelope, writing the envelope, and closing. */
export interface LockableVault {
  readonly unlocked: { envelope: KeyEnvelope; dataKey: Uint8Array } | null;
  saveEnvelope(next: KeyEnvelope): Promise<void>;
  /** Forgets the data key; the data must be closed first. */
  close(): VaultState;
  status(): VaultState;
}

export interface AppLockDeps {
  vault: LockableVault;
  /** The host's OS key store, or null where there is none. */
  keyStore: KeyStore | null;
  cost: ScryptParams;
  /** The waits after wrong guesses, the same count as the lock screen's. */
  backoff: Backoff;
  /** False while the data is open read-only: the key file is not written then either. */
  canWrite(): boolean;
  /** Closes the data (every save on disk first); afterwards only the vault's channels answer. */
  closeData(): Promise<void>;
}

/**
 * The app lock. A passcode wraps the data key in the envelope's passcode slot and REPLACES the OS
 * key store's slot, so from then on the passcode (or the recovery code) is needed at every start and
 * after every lock: locking is encryption, not a curtain. Locking closes the data and drops the key
 * from memory. Removing the passcode gives the slot back to the OS key store, where there is one.
 */
export class AppLock {
  constructor(private readonly deps: AppLockDeps) {}

  /** Closes the data now; refused without a passcode, as nothing would then be needed to open it again. */
  async lock(): Promise<VaultState> {
    const open = this.deps.vault.unlocked;
    if (!open) {
      if (this.deps.vault.status().kind !== 'open') return this.deps.vault.status();
      throw notEncryptedError();
    }
    if (!open.envelope.slots.passcode) throw noPasscodeError();
    await this.deps.closeData();
    return this.deps.vault.close();
  }

  /** Sets the passcode, or changes it (then the current one must be given and right). */
  async setPasscode({ passcode, current }: { passcode: string; current?: string }): Promise<VaultState> {
    const open = this.#writableOpen();
    if (open.envelope.slots.passcode) await this.#checkCurrent(open.envelope, current);
    const next = await withPasscode(open.envelope, open.dataKey, passcode, this.deps.cost);
    await this.deps.vault.saveEnvelope(withoutSlot(next, 'os'));
    return this.deps.vault.status();
  }

  /** Removes the passcode; only where the OS key store can keep the key instead. */
  async removePasscode({ current }: { current: string }): Promise<VaultState> {
    const open = this.#writableOpen();
    if (!open.envelope.slots.passcode) return this.deps.vault.status();
    const keyStore = this.deps.keyStore;
    if (!keyStore?.available()) throw passcodeNeededHereError();
    await this.#checkCurrent(open.envelope, current);
    const next = await withKeyStore(withoutSlot(open.envelope, 'passcode'), open.dataKey, keyStore);
    // Without the OS slot written, removing the passcode would leave only the recovery code.
    if (!next.slots.os) throw passcodeNeededHereError();
    await this.deps.vault.saveEnvelope(next);
    return this.deps.vault.status();
  }

  #writableOpen(): { envelope: KeyEnvelope; dataKey: Uint8Array } {
    const open = this.deps.vault.unlocked;
    if (!open) throw notEncryptedError();
    if (!this.deps.canWrite()) throw readOnlyKeyError();
    return open;
  }

  // A wrong current passcode is slowed down just as the lock screen is, so the settings are no shortcut for guessing.
  async #checkCurrent(envelope: KeyEnvelope, current: string | undefined): Promise<void> {
    const tried = await this.deps.backoff.attempt(async () =>
      current === undefined ? null : unwrapWithPasscode(envelope, current),
    );
    if (!tried.ok) throw wrongCurrentError(tried.waitMs);
  }
}

function noPasscodeError(): AppError {
  return new AppError(
    'conflict',
    'Vælg først en adgangskode under Indstillinger › Kryptering og lås. Uden den kunne alle åbne programmet igen.',
    'Choose a passcode first under Settings › Encryption and lock. Without one, anyone could open the program again.',
  );
}

function notEncryptedError(): AppError {
  return new AppError(
    'conflict',
    'Dine data er ikke krypteret endnu, så de kan ikke låses.',
    'Your data is not encrypted yet, so it cannot be locked.',
  );
}

function passcodeNeededHereError(): AppError {
  return new AppError(
    'conflict',
    'På denne computer er der ingen nøglering fra styresystemet, så adgangskoden er det, der beskytter dine data. Den kan ændres, men ikke fjernes.',
    'This computer has no key ring from the operating system, so the passcode is what protects your data. It can be changed, not removed.',
  );
}

function readOnlyKeyError(): AppError {
  return new AppError(
    'read-only',
    'Adgangskoden kan ikke ændres, mens dine data er åbnet skrivebeskyttet.',
    'The passcode cannot be changed while your data is open read-only.',
  );
}

function wrongCurrentError(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError(
    'invalid-input',
    `Den nuværende adgangskode passer ikke. Intet er ændret. Prøv igen om ${seconds} s.`,
    `The current passcode is not right. Nothing was changed. Try again in ${seconds} s.`,
  );
}
