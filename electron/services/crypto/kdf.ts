import { randomBytes, scrypt } from 'node:crypto';
import { KEY_BYTES } from './aead';

/** scrypt's cost, stored beside the salt so a file always says how its key was made. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * N = 2^17, r = 8, p = 1: OWASP's recommended minimum for scrypt (128 MiB, well under a second on
 * an office laptop), so guessing passwords offline costs real time and memory per guess.
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
/** Refuses absurd stored parameters, so a crafted file cannot make the app allocate without bound. */
const MAX_N = 2 ** 20;

export const SALT_BYTES = 16;

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

/** Derives a 32-byte key from a password (NFC-normalised, so the same word typed on macOS and Windows matches). */
export function deriveKey(password: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  if (!validParams(params)) return Promise.reject(new Error('scrypt parameters out of range'));
  const maxmem = 128 * params.N * params.r * params.p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export function validParams(params: ScryptParams): boolean {
  const { N, r, p } = params;
  return (
    Number.isInteger(N) &&
    N >= 2 &&
    N <= MAX_N &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 4
  );
}
