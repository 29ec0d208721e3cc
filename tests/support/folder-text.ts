import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { KeyStore } from '../../electron/services/crypto/key-store';
import { plainCodec, type StoreCodec } from '../../electron/services/storage/codec';
import { looksEncrypted } from '../../electron/services/storage/encrypted-codec';
import { folderCodec } from './temp-services';
import { thisMachine } from './test-key-store';

/** Every file under a folder, as raw bytes (what anyone with the disk can read). */
export async function everyByte(dir: string): Promise<Buffer> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Buffer.concat(await Promise.all(files.map((file) => fs.readFile(file))));
}

function decodeLines(text: string, codec: StoreCodec): string {
  return text
    .split('\n')
    .map((line) => {
      try {
        return codec.decodeLine(line.slice(9));
      } catch {
        return line;
      }
    })
    .join('\n');
}

/**
 * Every file under the data folder as the app could read it with its key: encrypted files and
 * journal lines decoded, the rest as it is. Proves where a text still is, behind the encryption.
 */
export async function everyTextWithKey(dataDir: string, keyStore: KeyStore | null = thisMachine): Promise<string> {
  const codec = (await folderCodec(dataDir, keyStore)) ?? plainCodec;
  const entries = await fs.readdir(dataDir, { withFileTypes: true, recursive: true });
  const texts = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const bytes = await fs.readFile(path.join(entry.parentPath, entry.name));
        if (looksEncrypted(bytes)) return codec.decodeFile(bytes);
        const text = bytes.toString('utf8');
        return entry.name.endsWith('.jsonl') ? decodeLines(text, codec) : text;
      }),
  );
  return texts.join('\n');
}
