import { open, seal } from './aead';
import { DEFAULT_SCRYPT, deriveKey, newSalt, validParams, type ScryptParams } from './kdf';

/**
 * A text file sealed with a password: AES-256-GCM under a key scrypt derives from the password
 * and a random salt. The header (format, cost, salt) is in clear, and authenticated with the text,
 * so changing any of it makes the file refuse to open rather than open wrongly.
 */
export const PASSWORD_FILE_FORMAT = 'ledelsesrum-krypteret';

interface Header {
  format: typeof PASSWORD_FILE_FORMAT;
  formatVersion: 1;
  /** What the file is, in clear: 'eksport'. */
  purpose: string;
  cipher: 'aes-256-gcm';
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
}

interface PasswordFile extends Header {
  iv: string;
  tag: string;
  ciphertext: string;
}

/** Seals `plain` under `password`; the answer is the file's JSON text. */
export async function sealWithPassword(
  plain: string,
  password: string,
  purpose: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = newSalt();
  const header: Header = {
    format: PASSWORD_FILE_FORMAT,
    formatVersion: 1,
    purpose,
    cipher: 'aes-256-gcm',
    kdf: { name: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64') },
  };
  const key = await deriveKey(password, salt, params);
  const sealed = seal(key, Buffer.from(plain, 'utf8'), aadOf(header));
  const file: PasswordFile = {
    ...header,
    iv: sealed.iv.toString('base64'),
    tag: sealed.tag.toString('base64'),
    ciphertext: sealed.ciphertext.toString('base64'),
  };
  return `${JSON.stringify(file)}\n`;
}

/** The header of a password file, or null when the text is not one. */
export function passwordFileHeader(text: string): Header | null {
  return parse(text)?.header ?? null;
}

/**
 * Opens a password file: the plain text, 'wrong-password' when the password (or any byte of the
 * file) does not match, or 'not-sealed' when the text is not a password file at all.
 */
export async function openWithPassword(
  text: string,
  password: string,
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the two refusals are named for the reader
): Promise<string | 'wrong-password' | 'not-sealed'> {
  const parsed = parse(text);
  if (!parsed) return 'not-sealed';
  const { header, body } = parsed;
  const salt = Buffer.from(header.kdf.salt, 'base64');
  const key = await deriveKey(password, salt, header.kdf);
  const plain = open(key, body, aadOf(header));
  return plain === null ? 'wrong-password' : plain.toString('utf8');
}

/** The header exactly as it is authenticated: fixed field order, so reading rebuilds the same bytes. */
function aadOf(header: Header): Buffer {
  const { format, formatVersion, purpose, cipher, kdf } = header;
  return Buffer.from(
    JSON.stringify({
      format,
      formatVersion,
      purpose,
      cipher,
      kdf: { name: kdf.name, N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt },
    }),
    'utf8',
  );
}

function parse(text: string): { header: Header; body: { iv: Buffer; tag: Buffer; ciphertext: Buffer } } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const f = json as Partial<Record<keyof PasswordFile, unknown>>;
  const kdf = f.kdf as Partial<Record<string, unknown>> | undefined;
  if (
    f.format !== PASSWORD_FILE_FORMAT ||
    f.formatVersion !== 1 ||
    f.cipher !== 'aes-256-gcm' ||
    typeof f.purpose !== 'string' ||
    typeof kdf !== 'object' ||
    kdf === null ||
    kdf.name !== 'scrypt' ||
    typeof kdf.salt !== 'string' ||
    typeof f.iv !== 'string' ||
    typeof f.tag !== 'string' ||
    typeof f.ciphertext !== 'string'
  )
    return null;
  const params = { N: Number(kdf.N), r: Number(kdf.r), p: Number(kdf.p) };
  if (!validParams(params)) return null;
  return {
    header: {
      format: PASSWORD_FILE_FORMAT,
      formatVersion: 1,
      purpose: f.purpose,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', ...params, salt: kdf.salt },
    },
    body: {
      iv: Buffer.from(f.iv, 'base64'),
      tag: Buffer.from(f.tag, 'base64'),
      ciphertext: Buffer.from(f.ciphertext, 'base64'),
    },
  };
}
