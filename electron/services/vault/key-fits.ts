import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CodecError, type StoreCodec } from '../storage/codec';
import { BACKUP_DIR } from '../storage/backups';
import { DATA_FILE } from '../storage/data-file';
import { listJournals } from '../storage/journal';

/**
 * Whether the folder's key opens at least one of its files. A data file that does not decode while
 * a backup or a journal line does is damage, which the store handles; when nothing decodes, the key
 * file belongs to other data, and the store must not be opened (it would take it all for damage).
 */
export async function keyFitsFolder(dataDir: string, codec: StoreCodec): Promise<boolean> {
  let tried = false;
  const opens = (decode: () => unknown): boolean => {
    tried = true;
    try {
      decode();
      return true;
    } catch (error) {
      if (error instanceof CodecError) return false;
      throw error;
    }
  };
  const data = await fs.readFile(path.join(dataDir, DATA_FILE)).catch(() => null);
  if (data && opens(() => codec.decodeFile(data))) return true;
  for (const journal of await listJournals(dataDir)) {
    const first = (await fs.readFile(journal.file, 'utf8')).split('\n', 1)[0] ?? '';
    if (first.length > 9 && opens(() => codec.decodeLine(first.slice(9)))) return true;
  }
  const dir = path.join(dataDir, BACKUP_DIR);
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const bytes = await fs.readFile(path.join(dir, name)).catch(() => null);
    if (bytes && opens(() => codec.decodeFile(bytes))) return true;
  }
  return !tried;
}
