import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { ChangeSet } from './change-set';
import { PRIVATE_FILE_MODE } from '../privacy/private-modes';
import { plainCodec, type StoreCodec } from './codec';
import { syncFolder } from './durable-write';

/**
 * The change journal: one line per save, appended and fdatasync'd before the save resolves.
 * Journals are numbered (generations); the data file says from which generation on they still
 * apply, so a compaction can start a new journal, write the data file, then drop the old ones.
 */
const JOURNAL_NAME = /^ledelsesrum-journal-(\d+)\.jsonl$/;

export function journalFile(dataDir: string, generation: number): string {
  return path.join(dataDir, `ledelsesrum-journal-${generation}.jsonl`);
}

/** The journals in a data folder, oldest first. */
export async function listJournals(dataDir: string): Promise<Array<{ generation: number; file: string }>> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  return names
    .map((name) => ({ match: JOURNAL_NAME.exec(name), name }))
    .filter((entry): entry is { match: RegExpExecArray; name: string } => entry.match !== null)
    .map(({ match, name }) => ({ generation: Number(match[1]), file: path.join(dataDir, name) }))
    .sort((a, b) => a.generation - b.generation);
}

/** One journal line: a checksum, so a garbled record is recognised even when it still parses. */
export function encodeRecord(change: ChangeSet, codec: StoreCodec = plainCodec): string {
  const body = codec.encodeLine(JSON.stringify(change));
  return `${crc32(body).toString(16).padStart(8, '0')} ${body}\n`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeRecord(bytes: Uint8Array, codec: StoreCodec): ChangeSet | null {
  try {
    const line = utf8.decode(bytes);
    const body = line.slice(9);
    if (line[8] !== ' ' || crc32(body).toString(16).padStart(8, '0') !== line.slice(0, 8)) return null;
    const parsed: unknown = JSON.parse(codec.decodeLine(body));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * A journal's records. A bad last line is a save cut off mid-append, never acknowledged
 * (`tornTail` says one was dropped, so the user can be told); a bad line before it is damage.
 */
export type ReadJournal =
  { ok: true; records: ChangeSet[]; tornTail: boolean } | { ok: false; records: ChangeSet[]; line: number };

export function parseJournal(raw: Uint8Array, codec: StoreCodec = plainCodec): ReadJournal {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let end = raw.indexOf(0x0a); end >= 0; end = raw.indexOf(0x0a, start)) {
    lines.push(raw.subarray(start, end));
    start = end + 1;
  }
  // Bytes after the last newline are an append that never finished: its save was never acknowledged.
  const records: ChangeSet[] = [];
  for (const [index, line] of lines.entries()) {
    const record = decodeRecord(line, codec);
    if (record) records.push(record);
    else if (index === lines.length - 1) return { ok: true, records, tornTail: true };
    else return { ok: false, records, line: index + 1 };
  }
  return { ok: true, records, tornTail: start < raw.length };
}

/** A write that made no progress: the disk took nothing more. */
function noProgress(): NodeJS.ErrnoException {
  return Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
}

/**
 * Appends records to one journal generation; the file is created (and its folder entry made
 * durable) on the first append. An append either lands whole or leaves the file as it was.
 */
export class JournalWriter {
  #handle: FileHandle | null = null;
  #bytes = 0;

  constructor(
    private readonly dataDir: string,
    readonly generation: number,
  ) {}

  /** Bytes appended so far, to decide when to compact. */
  get bytes(): number {
    return this.#bytes;
  }

  async append(line: string): Promise<void> {
    if (!this.#handle) {
      this.#handle = await fs.open(journalFile(this.dataDir, this.generation), 'a', PRIVATE_FILE_MODE);
      // A new file's name must survive a power cut as surely as its content.
      await syncFolder(this.dataDir);
    }
    const handle = this.#handle;
    const data = Buffer.from(line);
    try {
      // A nearly full disk takes part of a write without an error: keep going until all of it is in.
      for (let written = 0; written < data.byteLength;) {
        const { bytesWritten } = await handle.write(data, written, data.byteLength - written);
        if (bytesWritten <= 0) throw noProgress();
        written += bytesWritten;
      }
      await handle.datasync();
    } catch (error) {
      // Cut the torn line off again, so the journal ends at the last acknowledged save.
      await handle.truncate(this.#bytes).catch(() => undefined);
      throw error;
    }
    this.#bytes += data.byteLength;
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    await handle?.close();
  }
}

/** Removes journals the data file already holds; losing a removal to a crash is harmless. */
export async function removeJournalsBefore(dataDir: string, generation: number): Promise<void> {
  for (const journal of await listJournals(dataDir)) {
    if (journal.generation < generation) await fs.rm(journal.file, { force: true });
  }
}
