import type { HolderRole } from '../../shared/entities';
import { CURRENT_SCHEMA_VERSION } from './app-data';

/** A pure step that turns a version-N file's JSON into version N+1. */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Thrown when a file cannot be brought to the current version (too new, or not migratable). */
export class MigrationError extends Error {
  constructor(
    message: string,
    /** Set when the file comes from a newer app: its schema version. */
    readonly newerVersion: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Version 1 kept role holders as `roles`, participants as a bare id list and archiving as a
 * boolean. Version 2 keeps participant details (core or not, a note), the archive date and a trash.
 */
export function migrateV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  const networks = Array.isArray(data.networks) ? data.networks : [];
  return {
    ...data,
    schemaVersion: 2,
    trash: [],
    meetings: [],
    reflections: [],
    agreements: [],
    networks: networks.map((raw: Record<string, unknown>) => {
      const { roles, participantIds, archived, ...rest } = raw;
      const roleMap = (roles ?? {}) as Partial<Record<HolderRole, string | null>>;
      return {
        ...rest,
        roleHolders: {
          netvaerksleder: roleMap.netvaerksleder ?? null,
          codriver: roleMap.codriver ?? null,
          referenceleder: roleMap.referenceleder ?? null,
          personaleleder: roleMap.personaleleder ?? null,
        },
        participants: (Array.isArray(participantIds) ? participantIds : []).map((personId: unknown) => ({
          personId: String(personId),
          core: true,
          note: '',
        })),
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an old file may hold anything here
        archivedAt: archived === true ? String(rest.updatedAt ?? new Date(0).toISOString()) : null,
        example: rest.example === true,
      };
    }),
  };
}

/** Migrations by the version they start from. */
const migrations: Record<number, Migration> = {
  1: migrateV1toV2,
};

/** Brings parsed file JSON up to the current version, one pure step at a time. */
export function migrateToCurrent(data: Record<string, unknown>): { data: Record<string, unknown>; from: number } {
  const from = data.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    throw new MigrationError('filen har ingen gyldig skemaversion');
  }
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new MigrationError(`filen er fra en nyere version af Ledelsesrum (skemaversion ${from})`, from);
  }
  let current = data;
  for (let version = from; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`ingen opgradering fra skemaversion ${version}`);
    current = step(current);
  }
  return { data: current, from };
}
