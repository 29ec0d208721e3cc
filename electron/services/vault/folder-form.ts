import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DATA_FILE } from '../storage/data-file';
import { LINE_PREFIX, looksEncrypted } from '../storage/encrypted-codec';
import { listJournals } from '../storage/journal';
import { BACKUP_DIR } from '../storage/backups';

/**
 * What the data folder holds, read from the first bytes of its files without decoding anything:
 * nothing yet (a new folder), the old plain JSON, or files the encrypted codec wrote.
 */
export type FolderForm = 'empty' | 'plain' | 'encrypted';

/** Bytes enough to see the encrypted file's magic or a journal line's prefix (8 hex digits, a space, `e1:`). */
const PEEK = 16;

async function peek(file: string): Promise<Buffer | null> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(PEEK);
    const { bytesRead } = await handle.read(buffer, 0, PEEK, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function folderForm(dataDir: string): Promise<FolderForm> {
  const data = await peek(path.join(dataDir, DATA_FILE));
  if (data) return looksEncrypted(data) ? 'encrypted' : 'plain';
  for (const journal of await listJournals(dataDir)) {
    const head = await peek(journal.file);
    if (head && head.length > 0)
      return head.subarray(9).toString('latin1').startsWith(LINE_PREFIX) ? 'encrypted' : 'plain';
  }
  const backups = await fs.readdir(path.join(dataDir, BACKUP_DIR)).catch(() => [] as string[]);
  for (const name of backups) {
    const head = await peek(path.join(dataDir, BACKUP_DIR, name));
    if (head && head.length > 0) return looksEncrypted(head) ? 'encrypted' : 'plain';
  }
  return 'empty';
}
