import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../clock';
import { plainCodec, type StoreCodec } from '../storage/codec';
import { BACKUP_DIR } from '../storage/backups';
import { DATA_FILE, interpret, snapshotText } from '../storage/data-file';
import { writeFileDurably } from '../storage/durable-write';
import { looksEncrypted } from '../storage/encrypted-codec';
import { removeJournalsBefore } from '../storage/journal';
import { QUARANTINE_DIR } from '../storage/quarantine';
import { readSavedState } from '../storage/saved-state';
import { openStore } from '../storage/store';

/**
 * Turns a folder in the old plain form into the encrypted one, file by file, each written durably
 * (temp file, fsync, rename, folder fsync) so a crash at any point leaves every file whole in its old
 * or its new form. The key file says `converting` from before the first file is touched until after
 * the last, so a start after a crash finishes the job before the store reads anything. Every step can
 * be run again: a file already encrypted is left alone. No save happens meanwhile (the store is shut).
 */
export async function convertFolder(dataDir: string, codec: StoreCodec): Promise<void> {
  await encryptFilesIn(path.join(dataDir, BACKUP_DIR), codec);
  await encryptFilesIn(path.join(dataDir, QUARANTINE_DIR), codec);
  const file = path.join(dataDir, DATA_FILE);
  const raw = await fs.readFile(file).catch(() => null);
  if (raw && !looksEncrypted(raw)) {
    const saved = await readSavedState(dataDir, plainCodec);
    if (saved.kind !== 'ok') throw new Error(`the plain data cannot be converted: ${saved.kind}`);
    // The data with every journal replayed, under a generation past them all: from this rename on, the plain journals no longer count.
    await writeFileDurably(file, codec.encodeFile(snapshotText(saved.data, saved.nextGeneration)));
  }
  const now = await fs.readFile(file).catch(() => null);
  if (now) {
    const read = interpret(now, codec);
    if (read.ok) await removeJournalsBefore(dataDir, read.generation);
  }
}

/**
 * Brings a plain folder to one sound data file before it is converted: opening and closing the plain
 * store quarantines what is damaged, keeps the sound records and folds the journals in, as any start does.
 */
export async function settlePlainFolder(dataDir: string, clock: Clock): Promise<boolean> {
  const opened = await openStore(dataDir, clock, { codec: plainCodec });
  await opened.store.close();
  await opened.backups.flushPending();
  const saved = await readSavedState(dataDir, plainCodec);
  return saved.kind === 'ok' && saved.damagedJournals.length === 0 && saved.leftOut.length === 0;
}

async function encryptFilesIn(dir: string, codec: StoreCodec): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    if (name.startsWith('.')) continue;
    const bytes = await fs.readFile(file).catch(() => null);
    if (!bytes || looksEncrypted(bytes)) continue;
    await writeFileDurably(file, codec.encodeFile(bytes.toString('utf8')));
  }
}
