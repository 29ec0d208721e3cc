import * as v from 'valibot';
import {
  agreementSchema,
  meetingSchema,
  networkSchema,
  personSchema,
  phaseModelSettingsSchema,
  profileSchema,
  reflectionPromptSettingsSchema,
  reflectionSchema,
  trashEntrySchema,
  tombstoneSchema,
} from '../../shared/entities';
import { houseStyleSchema } from '../house-style/stored-house-style';
import { checkRecord, DUPLICATE_AGREEMENT, DUPLICATE_ID, type LeftOut } from './salvage';

export type { LeftOut } from './salvage';

/** The schema version this build reads and writes; older files are migrated forward on start. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Each stored collection and the one schema its records must pass. */
export const COLLECTION_SCHEMAS = {
  people: personSchema,
  networks: networkSchema,
  meetings: meetingSchema,
  reflections: reflectionSchema,
  agreements: agreementSchema,
  trash: trashEntrySchema,
} as const;

/** A stored collection's name. */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** The shape of the data file; `checkAppData` applies it record by record and adds the checks across records. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- kept for its inferred type
const appDataSchema = v.object({
  schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
  profile: profileSchema,
  people: v.array(personSchema),
  networks: v.array(networkSchema),
  meetings: v.array(meetingSchema),
  reflections: v.array(reflectionSchema),
  agreements: v.array(agreementSchema),
  trash: v.array(trashEntrySchema),
  /** The reflection journal's hidden and own guiding questions; absent until the writer changes them. */
  reflectionPrompts: v.optional(reflectionPromptSettingsSchema),
  /** The documents' logo and Word template; absent until the user chooses one. */
  houseStyle: v.optional(houseStyleSchema),
  /** The organisation's own phase model; absent while the built-in one is used. */
  phaseModel: v.optional(phaseModelSettingsSchema),
  /** Ids of purged records (no text), so an import never brings them back; absent until the first purge. */
  tombstones: v.optional(v.array(tombstoneSchema)),
});

/** Everything the app stores, as it lies in the data file. */
export type AppData = v.InferOutput<typeof appDataSchema>;

/** A new, empty data set. */
export function emptyAppData(): AppData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: '', title: '', unit: '' },
    people: [],
    networks: [],
    meetings: [],
    reflections: [],
    agreements: [],
    trash: [],
  };
}

/** What a check found: the sound data and every record it had to leave out, or why nothing could be read. */
export type CheckedAppData = { ok: true; data: AppData; leftOut: LeftOut[] } | { ok: false; reason: string };

/**
 * Checks parsed JSON against the current shape. Every record goes through its own schema; one that
 * fails, or repeats an id already seen in its collection (every lookup and journal replay finds a
 * record by id), is left out and named, so one bad field never costs the whole file. Only a file
 * without the frame (version, the collections as lists) is refused as a whole.
 */
export function checkAppData(value: unknown): CheckedAppData {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'filen har ikke den forventede form' };
  const input = value as Record<string, unknown>;
  if (input.schemaVersion !== CURRENT_SCHEMA_VERSION)
    return { ok: false, reason: 'filen har ikke den forventede form (schemaVersion)' };
  for (const name of Object.keys(COLLECTION_SCHEMAS))
    if (!Array.isArray(input[name])) return { ok: false, reason: `filen har ikke den forventede form (${name})` };
  const leftOut: LeftOut[] = [];
  const read = <S extends v.GenericSchema>(schema: S, record: unknown, where: Omit<LeftOut, 'reason'>) => {
    const checked = checkRecord(schema, record);
    if (!checked.ok) leftOut.push({ ...where, reason: checked.reason });
    return checked.ok ? checked.output : undefined;
  };
  const data = emptyAppData();
  const profile = read(profileSchema, input.profile, { collection: 'profile', index: 0, record: input.profile });
  if (profile) data.profile = profile;
  if (input.reflectionPrompts !== undefined) {
    const where = { collection: 'reflectionPrompts', index: 0, record: input.reflectionPrompts } as const;
    const prompts = read(reflectionPromptSettingsSchema, input.reflectionPrompts, where);
    if (prompts) data.reflectionPrompts = prompts;
  }
  if (input.houseStyle !== undefined) {
    const where = { collection: 'houseStyle', index: 0, record: input.houseStyle } as const;
    const houseStyle = read(houseStyleSchema, input.houseStyle, where);
    if (houseStyle) data.houseStyle = houseStyle;
  }
  if (input.phaseModel !== undefined) {
    const where = { collection: 'phaseModel', index: 0, record: input.phaseModel } as const;
    const phaseModel = read(phaseModelSettingsSchema, input.phaseModel, where);
    if (phaseModel) data.phaseModel = phaseModel;
  }
  if (Array.isArray(input.tombstones)) {
    const tombstones = (input.tombstones as unknown[]).flatMap((record, index) => {
      const stone = read(tombstoneSchema, record, { collection: 'tombstones', index, record });
      return stone ? [stone] : [];
    });
    data.tombstones = tombstones;
  }
  for (const name of Object.keys(COLLECTION_SCHEMAS) as CollectionName[]) {
    const ids = new Set<string>();
    const pairs = new Set<string>();
    const target = data[name] as unknown[];
    (input[name] as unknown[]).forEach((record, index) => {
      const where = { collection: name, index, record };
      const parsed = read(COLLECTION_SCHEMAS[name] as v.GenericSchema, record, where) as
        { id: string; networkId?: string; counterpart?: string } | undefined;
      if (parsed === undefined) return;
      // A network has one agreement per party; the wizard opens the one it finds.
      const pair = name === 'agreements' ? `${parsed.networkId}\u0000${parsed.counterpart}` : null;
      if (ids.has(parsed.id)) leftOut.push({ ...where, reason: DUPLICATE_ID });
      else if (pair !== null && pairs.has(pair)) leftOut.push({ ...where, reason: DUPLICATE_AGREEMENT });
      else {
        ids.add(parsed.id);
        if (pair !== null) pairs.add(pair);
        target.push(parsed);
      }
    });
  }
  return { ok: true, data, leftOut };
}
