import { open, seal } from '../crypto/aead';
import { CodecError, type StoreCodec } from './codec';

/**
 * The store's bytes sealed with the folder's data key (AES-256-GCM, a fresh nonce per file and per
 * journal line). A file is MAGIC + nonce + tag + ciphertext; a journal line is LINE_PREFIX + base64 of
 * the same, so a line stays one line. The magic is authenticated as associated data, so a plain file
 * can never be mistaken for an encrypted one or the other way round.
 */
export const FILE_MAGIC = new TextEncoder().encode('LDRENC1\n');
export const LINE_PREFIX = 'e1:';
const LINE_AAD = new TextEncoder().encode(LINE_PREFIX);
const IV = 12;
const TAG = 16;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when the bytes start like a file this codec wrote (used to tell a plain folder from an encrypted one). */
export function looksEncrypted(bytes: Uint8Array): boolean {
  if (bytes.length < FILE_MAGIC.length) return false;
  return FILE_MAGIC.every((b, i) => bytes[i] === b);
}

function pack(key: Uint8Array, plain: Uint8Array, aad: Uint8Array): Buffer {
  const sealed = seal(key, plain, aad);
  return Buffer.concat([sealed.iv, sealed.tag, sealed.ciphertext]);
}

function unpack(key: Uint8Array, body: Buffer, aad: Uint8Array): string {
  if (body.length < IV + TAG) throw new CodecError('den krypterede fil er afkortet');
  const plain = open(
    key,
    { iv: body.subarray(0, IV), tag: body.subarray(IV, IV + TAG), ciphertext: body.subarray(IV + TAG) },
    aad,
  );
  if (!plain) throw new CodecError('filen kan ikke låses op med denne nøgle, eller den er ændret');
  try {
    return utf8.decode(plain);
  } catch {
    throw new CodecError('filen er ikke gyldig tekst');
  }
}

/** A codec that encrypts everything the store writes under `dataKey` (32 bytes). */
export function encryptedCodec(dataKey: Uint8Array): StoreCodec {
  const key = Buffer.from(dataKey);
  return {
    encodeFile: (text) => Buffer.concat([FILE_MAGIC, pack(key, Buffer.from(text, 'utf8'), FILE_MAGIC)]),
    decodeFile: (bytes) => {
      if (!looksEncrypted(bytes)) throw new CodecError('filen er ikke krypteret som forventet');
      return unpack(key, Buffer.from(bytes).subarray(FILE_MAGIC.length), FILE_MAGIC);
    },
    encodeLine: (json) => LINE_PREFIX + pack(key, Buffer.from(json, 'utf8'), LINE_AAD).toString('base64'),
    decodeLine: (line) => {
      if (!line.startsWith(LINE_PREFIX)) throw new CodecError('linjen er ikke krypteret som forventet');
      return unpack(key, Buffer.from(line.slice(LINE_PREFIX.length), 'base64'), LINE_AAD);
    },
  };
}
