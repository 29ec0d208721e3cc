import type { VaultState } from '../../shared/contract/vault';
import type { Clock } from '../clock';
import type { ScryptParams } from '../crypto/kdf';
import {
  createEnvelope,
  unwrapWithKeyStore,
  unwrapWithPasscode,
  unwrapWithRecoveryCode,
  withKeyStore,
  withPasscode,
  withRecoveryCode,
  type KeyEnvelope,
} from '../crypto/key-envelope';
import type { KeyStore } from '../crypto/key-store';
import { newRecoveryCode } from '../crypto/recovery-code';
import { plainCodec, type StoreCodec } from '../storage/codec';
import { encryptedCodec } from '../storage/encrypted-codec';
import { readEnvelope, writeEnvelope } from '../storage/folder-key';
import type { Backoff } from './backoff';
import { convertFolder, settlePlainFolder } from './convert-folder';
import { folderForm } from './folder-form';
import { keyFitsFolder } from './key-fits';
import { CLOSED_TEXT, notNewFolderError, notPendingError } from './vault-messages';

export interface VaultDeps {
  dataDir: string;
  /** The host's OS key store, or null where there is none (then a passcode wraps the key). */
  keyStore: KeyStore | null;
  /** scrypt's cost for the recovery code and passcode slots. */
  cost: ScryptParams;
  clock: Clock;
  /** The waits after wrong guesses, shared with the app lock's "current passcode" check. */
  backoff: Backoff;
  /** False while the folder is open read-only: then not even the key file is written. */
  canWrite(): boolean;
  /** Opens the data (store, channels) with the codec its files need. */
  openData(codec: StoreCodec): Promise<void>;
}

type Closed = Extract<VaultState, { kind: 'closed' }>['reason'];
type Inner =
  | { kind: 'open'; encrypted: boolean }
  | { kind: 'needs-passcode-setup' }
  | { kind: 'closed'; reason: Closed; text: { da: string; en: string } };

/**
 * The data folder's key for this run: found at start through the OS key store, or asked for
 * (passcode, recovery code), and only then is the data opened. The key lives in memory only while
 * the data is open. An encrypted folder whose key cannot be found is never opened, so it is never
 * taken for damage, moved or overwritten. A new folder's key file is written durably before any
 * encrypted byte. The recovery code is held in memory until the user says it is kept, never on disk.
 */
export class Vault {
  #state: Inner = { kind: 'needs-passcode-setup' };
  #envelope: KeyEnvelope | null = null;
  #dataKey: Uint8Array | null = null;
  #pendingCode: string | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: VaultDeps) {}

  /** Finds the key (or finds that it must be asked for) and opens the data when it can. */
  start(): Promise<VaultState> {
    return this.#turn(async () => {
      await this.deps.backoff.load();
      const envelope = await readEnvelope(this.deps.dataDir);
      const form = await folderForm(this.deps.dataDir);
      if (envelope === 'unreadable') return this.#close('unreadable', CLOSED_TEXT.keyFileUnreadable);
      if (envelope === 'missing') {
        if (form === 'encrypted') return this.#close('unreadable', CLOSED_TEXT.keyFileMissing);
        // A folder that cannot be written opens as it is: not even a key file may be written.
        if (!this.deps.canWrite()) return this.#openPlain();
        // A new folder, or one in the old plain form (converted now, once): the key store wraps its key, else a passcode.
        if (this.#keyStore()) return this.#createFolderKey(null);
        this.#state = { kind: 'needs-passcode-setup' };
        return this.status();
      }
      this.#envelope = envelope;
      const key = await unwrapWithKeyStore(envelope, this.deps.keyStore);
      if (key) return this.#unlocked(key, 'key-store');
      return envelope.slots.passcode
        ? this.#close('locked', CLOSED_TEXT.locked)
        : this.#close('no-key', CLOSED_TEXT.noKey);
    });
  }

  /** Tests and the bench only: opens the folder in the old plain form, with no key. */
  startPlain(): Promise<VaultState> {
    return this.#turn(() => this.#openPlain());
  }

  status(): VaultState {
    const state = this.#state;
    if (state.kind === 'needs-passcode-setup') return state;
    if (state.kind === 'open')
      return {
        kind: 'open',
        encrypted: state.encrypted,
        passcodeSet: Boolean(this.#envelope?.slots.passcode),
        recoveryCodePending: this.#pendingCode !== null,
      };
    const canUsePasscode = Boolean(this.#envelope?.slots.passcode);
    const text = state.reason === 'no-key' && canUsePasscode ? CLOSED_TEXT.noKeyOrPasscode : state.text;
    return {
      kind: 'closed',
      reason: state.reason,
      canUsePasscode,
      retryAfterMs: this.deps.backoff.waitMs(),
      message: text.da,
      messageEn: text.en,
    };
  }

  /** Opens closed data with the passcode or the recovery code. A wrong one writes nothing and makes the next wait longer. */
  open(input: { passcode?: string; recoveryCode?: string }): Promise<VaultState> {
    return this.#turn(async () => {
      const envelope = this.#envelope;
      if (this.#state.kind !== 'closed' || !envelope || this.#state.reason === 'unreadable') return this.status();
      // Inside the wait nothing is tried, so guessing costs time as well as scrypt's work; the count outlives a restart.
      const tried = await this.deps.backoff.attempt(() =>
        input.passcode !== undefined
          ? unwrapWithPasscode(envelope, input.passcode)
          : unwrapWithRecoveryCode(envelope, input.recoveryCode ?? ''),
      );
      if (!tried.ok) return this.status();
      return this.#unlocked(tried.value, input.passcode !== undefined ? 'passcode' : 'recovery');
    });
  }

  /** A new folder without an OS key store: the passcode wraps the new key (beside the recovery code). */
  setupPasscode(passcode: string): Promise<VaultState> {
    return this.#turn(async () => {
      if (this.#state.kind !== 'needs-passcode-setup') throw notNewFolderError();
      return this.#createFolderKey(passcode);
    });
  }

  /** The recovery code, only while it waits to be acknowledged. */
  recoveryCode(): { code: string } | null {
    return this.#state.kind === 'open' && this.#pendingCode ? { code: this.#pendingCode } : null;
  }

  /** The user has the code: the envelope stops asking for a fresh one, and memory forgets it. */
  recoveryCodeSaved(): Promise<VaultState> {
    return this.#turn(async () => {
      const envelope = this.#envelope;
      if (this.#state.kind !== 'open' || !envelope || this.#pendingCode === null) throw notPendingError();
      const { recoveryPending: _done, ...kept } = envelope;
      await this.#saveEnvelope(kept);
      this.#pendingCode = null;
      return this.status();
    });
  }

  /** While open and encrypted: the envelope and the data key (the app lock re-wraps with them). */
  get unlocked(): { envelope: KeyEnvelope; dataKey: Uint8Array } | null {
    return this.#state.kind === 'open' && this.#envelope && this.#dataKey
      ? { envelope: this.#envelope, dataKey: this.#dataKey }
      : null;
  }

  /** Writes a changed envelope durably and uses it from now on (the app lock's passcode slot). */
  async saveEnvelope(next: KeyEnvelope): Promise<void> {
    await this.#turn(() => this.#saveEnvelope(next));
  }

  /** Closes for the app lock: the data key leaves memory; the caller has closed the data. */
  close(): VaultState {
    if (this.#state.kind === 'open' && this.#envelope) {
      this.#dataKey = null;
      this.#close(this.#envelope.slots.passcode ? 'locked' : 'no-key', CLOSED_TEXT.locked);
    }
    return this.status();
  }

  #turn<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #keyStore(): KeyStore | null {
    return this.deps.keyStore?.available() ? this.deps.keyStore : null;
  }

  #close(reason: Closed, text: { da: string; en: string }): VaultState {
    this.#state = { kind: 'closed', reason, text };
    return this.status();
  }

  async #openPlain(): Promise<VaultState> {
    await this.deps.openData(plainCodec);
    this.#state = { kind: 'open', encrypted: false };
    return this.status();
  }

  /** A new folder's key: the envelope is durable before the store writes its first (encrypted) byte. */
  async #createFolderKey(passcode: string | null): Promise<VaultState> {
    const plain = (await folderForm(this.deps.dataDir)) === 'plain';
    // Damage the plain store could not settle is shown first, in the plain form; conversion waits for a sound folder.
    if (plain && !(await settlePlainFolder(this.deps.dataDir, this.deps.clock))) return this.#openPlain();
    const code = newRecoveryCode();
    const created = await createEnvelope(this.#keyStore(), code, this.deps.cost);
    let envelope: KeyEnvelope = { ...created.envelope, recoveryPending: true, ...(plain ? { converting: true } : {}) };
    if (passcode !== null) envelope = await withPasscode(envelope, created.dataKey, passcode, this.deps.cost);
    await this.#saveEnvelope(envelope);
    this.#pendingCode = code;
    if (plain) await this.#finishConversion(created.dataKey);
    return this.#openEncrypted(created.dataKey);
  }

  /** Converts (or, after a crash, goes on converting) the plain files; only then does the key file stop saying so. */
  async #finishConversion(key: Uint8Array): Promise<void> {
    const envelope = this.#envelope;
    if (!envelope?.converting) return;
    await convertFolder(this.deps.dataDir, encryptedCodec(key));
    const { converting: _done, ...converted } = envelope;
    await this.#saveEnvelope(converted);
  }

  async #unlocked(key: Uint8Array, via: 'key-store' | 'passcode' | 'recovery'): Promise<VaultState> {
    const envelope = this.#envelope;
    if (!envelope) throw new Error('no envelope');
    if (envelope.converting) {
      // A conversion cut short: the files are each whole, some plain and some encrypted; finish before reading any.
      if (!this.deps.canWrite()) return this.#close('unreadable', CLOSED_TEXT.conversionWaits);
      await this.#finishConversion(key);
    }
    if (!(await keyFitsFolder(this.deps.dataDir, encryptedCodec(key))))
      return this.#close('unreadable', CLOSED_TEXT.keyDoesNotFit);
    // The data opens first: a folder this version must refuse (a newer format) keeps every byte.
    await this.#openEncrypted(key);
    if (this.deps.canWrite()) {
      let next = envelope;
      let fresh: string | null = null;
      const keyStore = this.#keyStore();
      // Opened with the recovery code on a new machine: this machine's key store opens it from now on.
      if (via === 'recovery' && keyStore) next = await withKeyStore(next, key, keyStore);
      if (next.recoveryPending && via === 'recovery') {
        // The user just typed the code, so it is kept.
        const { recoveryPending: _kept, ...rest } = next;
        next = rest;
      } else if (next.recoveryPending) {
        // The code shown before a restart was never acknowledged: a fresh one replaces it.
        fresh = newRecoveryCode();
        next = await withRecoveryCode(next, key, fresh, this.deps.cost);
      }
      if (next !== envelope) await this.#saveEnvelope(next);
      this.#pendingCode = fresh;
    }
    return this.status();
  }

  async #openEncrypted(key: Uint8Array): Promise<VaultState> {
    await this.deps.openData(encryptedCodec(key));
    this.#dataKey = key;
    this.#state = { kind: 'open', encrypted: true };
    return this.status();
  }

  async #saveEnvelope(next: KeyEnvelope): Promise<void> {
    await writeEnvelope(this.deps.dataDir, next);
    this.#envelope = next;
  }
}
