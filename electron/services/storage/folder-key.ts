import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  ENVELOPE_FILE,
  parseEnvelope,
  unwrapWithKeyStore,
  unwrapWithRecoveryCode,
  withKeyStore,
  type KeyEnvelope,
} from '../crypto/key-envelope';
import type { KeyStore } from '../crypto/key-store';
import type { StoreCodec } from './codec';
import { writeFileDurably } from './durable-write';
import { encryptedCodec } from './encrypted-codec';

/**
 * How a folder's data key is found before the store opens. An encrypted folder whose key cannot
 * be found is reported as locked, never handed to the store (which would take it for damage).
 * A wrong recovery code writes nothing.
 */
export type FolderKey =
  { kind: 'plain' } | { kind: 'open'; codec: StoreCodec; dataKey: Uint8Array } | { kind: 'locked'; message: string };

export const NEEDS_CODE =
  'Data i denne mappe er krypteret, og nøglen findes ikke på denne computer. Indtast din gendannelseskode for at åbne dem.';
export const WRONG_CODE = 'Gendannelseskoden passer ikke. Intet er ændret. Prøv igen.';
export const UNREADABLE_ENVELOPE =
  'Nøglefilen i datamappen kan ikke læses. Dine krypterede data er ikke rørt; kontakt den, der hjælper dig med it.';

export async function readEnvelope(dataDir: string): Promise<KeyEnvelope | 'missing' | 'unreadable'> {
  try {
    return parseEnvelope(await fs.readFile(path.join(dataDir, ENVELOPE_FILE), 'utf8')) ?? 'unreadable';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
}

export function writeEnvelope(dataDir: string, envelope: KeyEnvelope): Promise<void> {
  return writeFileDurably(path.join(dataDir, ENVELOPE_FILE), JSON.stringify(envelope, null, 2));
}

/** The folder's key through the host's key store, else the recovery code (whose success re-wraps for this machine). */
export async function findFolderKey(
  dataDir: string,
  keyStore: KeyStore | null,
  recoveryCode?: string,
): Promise<FolderKey> {
  const envelope = await readEnvelope(dataDir);
  if (envelope === 'missing') return { kind: 'plain' };
  if (envelope === 'unreadable') return { kind: 'locked', message: UNREADABLE_ENVELOPE };
  const viaStore = await unwrapWithKeyStore(envelope, keyStore);
  if (viaStore) return { kind: 'open', codec: encryptedCodec(viaStore), dataKey: viaStore };
  if (recoveryCode === undefined) return { kind: 'locked', message: NEEDS_CODE };
  const viaCode = await unwrapWithRecoveryCode(envelope, recoveryCode);
  if (!viaCode) return { kind: 'locked', message: WRONG_CODE };
  if (keyStore?.available()) await writeEnvelope(dataDir, await withKeyStore(envelope, viaCode, keyStore));
  return { kind: 'open', codec: encryptedCodec(viaCode), dataKey: viaCode };
}
