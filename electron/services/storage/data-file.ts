import { checkAppData, type AppData } from './app-data';
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
  | { ok: true; data: AppData; migratedFrom: number | null; generation: number }
  /** `newerVersion`: the file is sound as far as can be told, but from a newer app (its schema version). */
  | { ok: false; reason: string; newerVersion?: number };

/** Decodes (through the store's codec), migrates and checks file bytes (the data file or a backup) without touching the disk. */
export function interpret(raw: Uint8Array, codec: StoreCodec = plainCodec): Interpreted {
  let json: unknown;
  try {
    json = JSON.parse(codec.decodeFile(raw));
  } catch {
    return { ok: false, reason: raw.length === 0 ? 'filen er tom' : 'filen er ikke gyldig JSON' };
  }
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
  };
}
