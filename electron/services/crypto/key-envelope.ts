import { newKey, open, seal } from './aead';
import { DEFAULT_SCRYPT, deriveKey, newSalt, validParams, type ScryptParams } from './kdf';
import type { KeyStore } from './key-store';
import { normaliseRecoveryCode } from './recovery-code';

/**
 * The key envelope (`nøgler.json` in the data folder): the folder's random data key, wrapped once
 * per slot. Any one slot opens the folder: 'os' (the host's key store), 'recovery' (the recovery code
 * shown once) and 'passcode' (the app lock). The file holds no user text and no key in clear.
 */
export const ENVELOPE_FILE = 'nøgler.json';
export const ENVELOPE_FORMAT = 'ledelsesrum-nøgler';

export type SlotName = 'os' | 'recovery' | 'passcode';

interface SecretSlot {
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  iv: string;
  tag: string;
  ciphertext: string;
}

export interface KeyEnvelope {
  format: typeof ENVELOPE_FORMAT;
  formatVersion: 1;
  cipher: 'aes-256-gcm';
  slots: { os?: { wrapped: string }; recovery?: SecretSlot; passcode?: SecretSlot };
  /**
   * Set until the user says the recovery code is kept. The code itself is never stored: a start that
   * finds this set makes a new code and re-wraps the recovery slot with it, so the one shown is the one that works.
   */
  recoveryPending?: true;
  /** Set while a plain folder is being converted: a start finishes the conversion before anything reads the data. */
  converting?: true;
}

const aadFor = (slot: SlotName) => new TextEncoder().encode(`${ENVELOPE_FORMAT}/1/${slot}`);

async function sealSecret(
  dataKey: Uint8Array,
  secret: string,
  slot: SlotName,
  params: ScryptParams,
): Promise<SecretSlot> {
  const salt = newSalt();
  const wrapKey = await deriveKey(secret, salt, params);
  const sealed = seal(wrapKey, dataKey, aadFor(slot));
  return {
    kdf: { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64') },
    iv: sealed.iv.toString('base64'),
    tag: sealed.tag.toString('base64'),
    ciphertext: sealed.ciphertext.toString('base64'),
  };
}

async function openSecret(slot: SecretSlot | undefined, secret: string, name: SlotName): Promise<Buffer | null> {
  if (!slot || slot.kdf?.name !== 'scrypt') return null;
  const params = { N: slot.kdf.N, r: slot.kdf.r, p: slot.kdf.p };
  if (!validParams(params)) return null;
  const wrapKey = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'base64'), params);
  return open(
    wrapKey,
    {
      iv: Buffer.from(slot.iv, 'base64'),
      tag: Buffer.from(slot.tag, 'base64'),
      ciphertext: Buffer.from(slot.ciphertext, 'base64'),
    },
    aadFor(name),
  );
}

/** A new data key and its envelope, with the os slot (when the key store works) and the recovery slot. */
export async function createEnvelope(
  keyStore: KeyStore | null,
  recoveryCode: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<{ dataKey: Buffer; envelope: KeyEnvelope }> {
  const dataKey = newKey();
  const envelope: KeyEnvelope = { format: ENVELOPE_FORMAT, formatVersion: 1, cipher: 'aes-256-gcm', slots: {} };
  envelope.slots.recovery = await sealSecret(dataKey, normaliseRecoveryCode(recoveryCode), 'recovery', params);
  if (keyStore?.available()) envelope.slots.os = { wrapped: await keyStore.wrap(dataKey) };
  return { dataKey, envelope };
}

/** The data key through the host's key store, or null (no slot, another machine, a lost keyring). */
export async function unwrapWithKeyStore(envelope: KeyEnvelope, keyStore: KeyStore | null): Promise<Uint8Array | null> {
  const wrapped = envelope.slots.os?.wrapped;
  if (!wrapped || !keyStore?.available()) return null;
  return keyStore.unwrap(wrapped).catch(() => null);
}

/** The data key through the recovery code, or null when the code is wrong. */
export function unwrapWithRecoveryCode(envelope: KeyEnvelope, code: string): Promise<Buffer | null> {
  return openSecret(envelope.slots.recovery, normaliseRecoveryCode(code), 'recovery');
}

/** The data key through the app-lock passcode, or null when the passcode is wrong or none is set. */
export function unwrapWithPasscode(envelope: KeyEnvelope, passcode: string): Promise<Buffer | null> {
  return openSecret(envelope.slots.passcode, passcode, 'passcode');
}

/** A copy of the envelope with the passcode slot set (the caller holds the unwrapped data key). */
export async function withPasscode(
  envelope: KeyEnvelope,
  dataKey: Uint8Array,
  passcode: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<KeyEnvelope> {
  return {
    ...envelope,
    slots: { ...envelope.slots, passcode: await sealSecret(dataKey, passcode, 'passcode', params) },
  };
}

/** A copy of the envelope whose recovery slot opens with `code` (a fresh code replacing one never acknowledged). */
export async function withRecoveryCode(
  envelope: KeyEnvelope,
  dataKey: Uint8Array,
  code: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<KeyEnvelope> {
  const recovery = await sealSecret(dataKey, normaliseRecoveryCode(code), 'recovery', params);
  return { ...envelope, slots: { ...envelope.slots, recovery } };
}

/** A copy of the envelope with the os slot refreshed for this machine (after opening with the recovery code). */
export async function withKeyStore(
  envelope: KeyEnvelope,
  dataKey: Uint8Array,
  keyStore: KeyStore,
): Promise<KeyEnvelope> {
  if (!keyStore.available()) return envelope;
  return { ...envelope, slots: { ...envelope.slots, os: { wrapped: await keyStore.wrap(dataKey) } } };
}

/** A copy without the named slot; the recovery slot is never removed, so the folder can always be opened. */
export function withoutSlot(envelope: KeyEnvelope, slot: 'os' | 'passcode'): KeyEnvelope {
  const slots = { ...envelope.slots };
  delete slots[slot];
  return { ...envelope, slots };
}

/** Parses the envelope file's text, or null when it is not an envelope this version understands. */
export function parseEnvelope(text: string): KeyEnvelope | null {
  try {
    const value = JSON.parse(text) as Partial<KeyEnvelope>;
    if (
      value.format !== ENVELOPE_FORMAT ||
      value.formatVersion !== 1 ||
      typeof value.slots !== 'object' ||
      !value.slots
    )
      return null;
    return value as KeyEnvelope;
  } catch {
    return null;
  }
}
