import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM from Node's own crypto: a 32-byte key, a fresh 12-byte nonce per message, a 16-byte tag. */
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** Encrypts and authenticates `plain`; `aad` (a header, say) is authenticated but not encrypted. */
export function seal(key: Uint8Array, plain: Uint8Array, aad: Uint8Array = new Uint8Array()): Sealed {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts, or returns null when the key is wrong or a single bit of nonce, text, tag or aad changed. */
export function open(key: Uint8Array, sealed: Sealed, aad: Uint8Array = new Uint8Array()): Buffer | null {
  checkKey(key);
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/** A new random data key. */
export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error(`AES-256-GCM needs a ${KEY_BYTES}-byte key`);
}
