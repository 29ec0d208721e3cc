import * as v from 'valibot';
import { channel } from './channel';
import type { SaveOutcome } from './data';
import { noInput } from './fields';

/**
 * Whether the data can be reached now. While it is not `open`, the services answer only the
 * `vault:*` channels and `app:info`; every other channel is refused.
 */
export type VaultState =
  | {
      kind: 'open';
      /** False only for a folder still in the old plain form (until it is converted). */
      encrypted: boolean;
      passcodeSet: boolean;
      /** A new recovery code waits to be shown and acknowledged (`vault:recovery-code`, `vault:recovery-code-saved`). */
      recoveryCodePending: boolean;
    }
  /** A new data folder and no OS key store (the preview, Linux without a keyring): a passcode must be chosen first. */
  | { kind: 'needs-passcode-setup' }
  | {
      kind: 'closed';
      /**
       * locked: the app lock or a passcode-only folder, the passcode opens it; no-key: the key is not on this
       * computer, the recovery code opens it; unreadable: the key file is missing or damaged (nothing is touched).
       */
      reason: 'locked' | 'no-key' | 'unreadable';
      canUsePasscode: boolean;
      /** How long until another attempt is tried; grows after each wrong passcode or code. */
      retryAfterMs: number;
      /** What to tell the user, in Danish and English. */
      message: string;
      messageEn: string;
    };

/** A passcode for the data folder: long enough to be worth deriving a key from. */
export const PASSCODE_MIN = 6;
const passcodeField = v.pipe(v.string(), v.minLength(PASSCODE_MIN), v.maxLength(200));
/** Typed as shown (dashes and spaces allowed); normalised before the key is derived. */
const recoveryCodeField = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Channels that open the encrypted data folder; they are answered while the data is closed. */
export const vaultChannels = {
  'vault:status': channel<VaultState>()({
    input: noInput,
    mutates: false,
    doc: 'Whether the data is open, needs a passcode chosen, or is closed and why.',
  }),
  'vault:open': channel<VaultState>()({
    input: v.union([v.strictObject({ passcode: passcodeField }), v.strictObject({ recoveryCode: recoveryCodeField })]),
    // It unwraps the key and opens the data; a wrong passcode or code writes nothing.
    mutates: false,
    doc: 'Opens closed data with the passcode or the recovery code; a wrong one leaves it closed for longer.',
  }),
  'vault:setup-passcode': channel<VaultState>()({
    input: v.strictObject({ passcode: passcodeField }),
    mutates: false,
    doc: 'Chooses the passcode of a new data folder where there is no OS key store, and opens it.',
  }),
  'vault:recovery-code': channel<{ code: string } | null>()({
    input: noInput,
    mutates: false,
    doc: 'The recovery code to show once, while it waits to be acknowledged; null otherwise.',
  }),
  'vault:recovery-code-saved': channel<VaultState>()({
    input: noInput,
    mutates: false,
    doc: 'The user has kept the recovery code: it is dropped from memory and not shown again.',
  }),
  'vault:export-recovery-sheet': channel<SaveOutcome>()({
    input: v.strictObject({ lang: v.optional(v.picklist(['da', 'en'])) }),
    // It writes only the file the user chooses, never the data folder.
    mutates: false,
    doc: 'Saves the waiting recovery code as a one-page Word sheet to print and keep.',
  }),
  'vault:lock': channel<VaultState>()({
    input: noInput,
    // It closes the data (every save on disk first) and forgets the key; nothing is changed.
    mutates: false,
    doc: 'Locks now: the data closes and its key leaves memory until the passcode opens it again.',
  }),
  'vault:set-passcode': channel<VaultState>()({
    input: v.strictObject({ passcode: passcodeField, current: v.optional(passcodeField) }),
    // It writes the key file only, never the data (refused while the folder is read-only).
    mutates: false,
    doc: "Chooses the app lock's passcode, or changes it with the current one; it replaces this computer's key.",
  }),
  'vault:remove-passcode': channel<VaultState>()({
    input: v.strictObject({ current: passcodeField }),
    mutates: false,
    doc: "Removes the passcode with the current one; the key is kept by this computer's key store again.",
  }),
};
