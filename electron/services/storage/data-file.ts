import { checkAppData, type AppData, type LeftOut } from './app-data';
import { plainCodec, type StoreCodec } from './codec';
import { MigrationError, migrateToCurrent } from './migrations';

/** The data file's name inside the data folder. */
export const DATA_FILE = 'ledelsesrum.json';

/** Key in the data file naming the first journal generation it does not already hold. */
const GENERATION_KEY = 'journalGeneration';

/** The data as backups and exports hold it. */
export function dataText(data: AppData): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** The data file's text: the data plus the journal generation replay starts from. */
export function snapshotText(data: AppData, generation: number): string {
  return `${JSON.stringify({ ...data, [GENERATION_KEY]: generation }, null, 1)}\n`;
}

export type Interpreted =
  | { ok: true; data: AppData; migratedFrom: number | null; generation: number; leftOut: LeftOut[] }
  /** `newerVersion`: the file is sound as far as can be told, but from a newer app (its schema version). */
  | { ok: false; reason: string; newerVersion?: number };

/** Largest data file read: years of heavy use are a few tens of MB, and reading is all in memory. */
export const MAX_DATA_FILE_BYTES = 256 * 1024 * 1024;

/** Decodes (through the store's codec), migrates and checks file bytes (the data file or a backup) without touching the disk. */
export function interpret(raw: Uint8Array, codec: StoreCodec = plainCodec): Interpreted {
  if (raw.length > MAX_DATA_FILE_BYTES) return { ok: false, reason: 'filen er for stor til at blive læst' };
  let json: unknown;
  try {
    // A byte order mark (Notepad writes one) is not part of the JSON.
    json = JSON.parse(codec.decodeFile(raw).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: raw.length === 0 ? 'filen er tom' : 'filen er ikke gyldig JSON' };
  }
  return interpretJson(json);
}

/** Migrates and checks parsed file JSON (the data file, a backup or an export's data). */
export function interpretJson(json: unknown): Interpreted {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, reason: 'filen har ikke den forventede form' };
  const { [GENERATION_KEY]: generation = 0, ...rest } = json as Record<string, unknown>;
  if (typeof generation !== 'number' || !Number.isSafeInteger(generation) || generation < 0)
    return { ok: false, reason: 'filen har ikke den forventede form (journalGeneration)' };
  let migrated: { data: Record<string, unknown>; from: number };
  try {
    migrated = migrateToCurrent(rest);
  } catch (error) {
    if (error instanceof MigrationError)
      return error.newerVersion === null
        ? { ok: false, reason: error.message }
        : { ok: false, reason: error.message, newerVersion: error.newerVersion };
    throw error;
  }
  const checked = checkAppData(migrated.data);
  if (!checked.ok) return { ok: false, reason: `filen har ikke den forventede form (${checked.reason})` };
  return {
    ok: true,
    data: checked.data,
    migratedFrom: migrated.from === checked.data.schemaVersion ? null : migrated.from,
    generation,
    leftOut: checked.leftOut,
  };
}
