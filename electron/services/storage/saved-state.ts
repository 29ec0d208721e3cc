import { promises as fs } from 'node:fs';
import path from 'node:path';
import { plainCodec, type StoreCodec } from './codec';
import { checkAppData, type AppData, type LeftOut } from './app-data';
import { applyChange } from './change-set';
import { DATA_FILE, interpret } from './data-file';
import { listJournals, parseJournal } from './journal';

/** What the data folder holds: the data file with its journals replayed, and anything that could not be trusted. */
export type SavedState =
  | { kind: 'missing' }
  | { kind: 'damaged'; raw: Uint8Array; reason: string }
  /** A data file from a newer app: nothing may be done to the folder. */
  | { kind: 'newer'; schemaVersion: number }
  | {
      kind: 'ok';
      raw: Uint8Array;
      data: AppData;
      migratedFrom: number | null;
      /** The generation new saves go to: past every journal present, so none is appended to after a torn tail. */
      nextGeneration: number;
      /** Journals that were replayed, so a compaction can fold them in. */
      replayed: number;
      /** Journals with a damaged record, and every later one: not replayed past the damage. */
      damagedJournals: string[];
      /** Replayed journals that ended in a cut-off line (a save that never finished), which was dropped. */
      tornJournals: string[];
      /** Records the data file held that could not be trusted and were left out (the file's bytes are `raw`). */
      leftOut: LeftOut[];
    };

/**
 * Reads the data file and replays the journals that follow it, changing nothing on disk.
 * Replay stops at the first damaged record; the state up to it is one the app really had.
 */
export async function readSavedState(dataDir: string, codec: StoreCodec = plainCodec): Promise<SavedState> {
  const raw = await fs.readFile(path.join(dataDir, DATA_FILE)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (raw === null) return { kind: 'missing' };
  const loaded = interpret(raw, codec);
  if (!loaded.ok && loaded.newerVersion !== undefined) return { kind: 'newer', schemaVersion: loaded.newerVersion };
  if (!loaded.ok) return { kind: 'damaged', raw, reason: loaded.reason };
  const journals = (await listJournals(dataDir)).filter((journal) => journal.generation >= loaded.generation);
  const nextGeneration = Math.max(loaded.generation, ...journals.map((journal) => journal.generation + 1));
  const records = await Promise.all(
    journals.map(async (journal) => parseJournal(await fs.readFile(journal.file), codec)),
  );
  const snapshot = () => {
    const again = interpret(raw, codec);
    if (!again.ok) throw new Error('the data file changed while it was read');
    return again.data;
  };
  // Replay everything up to the first damage, then check the result once.
  let damagedFrom = records.findIndex((read) => !read.ok);
  if (damagedFrom < 0) damagedFrom = records.length;
  let data = loaded.data;
  let applied = 0;
  for (const read of records.slice(0, damagedFrom + 1)) {
    if (!read.records.every((record) => tryApply(data, record))) break;
    applied += 1;
  }
  if (applied < Math.min(damagedFrom + 1, records.length)) {
    // A record that does not fit the data: start again from the data file and keep the journals before it.
    damagedFrom = applied;
    data = snapshot();
    for (const read of records.slice(0, damagedFrom)) for (const record of read.records) applyChange(data, record);
  }
  let checked = checkAppData(data);
  if (!checked.ok || checked.leftOut.length > 0) {
    // The replayed data is not sound: trust the data file alone.
    damagedFrom = 0;
    checked = { ok: true, data: snapshot(), leftOut: [] };
  }
  const damagedJournals = journals.slice(damagedFrom).map((journal) => journal.file);
  const tornJournals = journals
    .slice(0, damagedFrom)
    .filter((_, index) => {
      const read = records[index];
      return read?.ok === true && read.tornTail;
    })
    .map((journal) => journal.file);
  return {
    kind: 'ok',
    raw,
    data: checked.data,
    migratedFrom: loaded.migratedFrom,
    nextGeneration,
    replayed: Math.min(damagedFrom, journals.length),
    damagedJournals,
    tornJournals,
    leftOut: loaded.leftOut,
  };
}

function tryApply(data: AppData, record: Parameters<typeof applyChange>[1]): boolean {
  try {
    applyChange(data, record);
    return true;
  } catch {
    return false;
  }
}

/** The saved data as the app would open it, or why it could not (tests, the crash harness). */
export async function readSavedData(
  dataDir: string,
  codec: StoreCodec = plainCodec,
): Promise<{ ok: true; data: AppData } | { ok: false; reason: string }> {
  const state = await readSavedState(dataDir, codec);
  if (state.kind === 'missing') return { ok: false, reason: 'no data file' };
  if (state.kind === 'damaged') return { ok: false, reason: state.reason };
  if (state.kind === 'newer') return { ok: false, reason: `from a newer version (${state.schemaVersion})` };
  if (state.damagedJournals.length > 0)
    return { ok: false, reason: `damaged journal ${path.basename(state.damagedJournals[0] ?? '')}` };
  if (state.leftOut.length > 0) return { ok: false, reason: `${state.leftOut.length} records left out` };
  return { ok: true, data: state.data };
}
