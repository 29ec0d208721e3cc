import * as v from 'valibot';
import {
  agreementSchema,
  allDistinct,
  meetingSchema,
  networkSchema,
  personSchema,
  profileSchema,
  reflectionPromptSettingsSchema,
  reflectionSchema,
  trashEntrySchema,
  uniqueIds,
} from '../../shared/entities';

/** The schema version this build reads and writes; older files are migrated forward on start. */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * What a data file must look like to be trusted: every record through its own schema (the one its
 * type is inferred from), and ids unique per collection, since every lookup and journal replay finds
 * a record by id. Cross-record references (a meeting's network, a role holder) are not required to
 * resolve: deleting a network keeps its meetings, and every screen and document names a missing one.
 */
export const appDataSchema = v.object({
  schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
  profile: profileSchema,
  people: v.pipe(v.array(personSchema), uniqueIds()),
  networks: v.pipe(v.array(networkSchema), uniqueIds()),
  meetings: v.pipe(v.array(meetingSchema), uniqueIds()),
  reflections: v.pipe(v.array(reflectionSchema), uniqueIds()),
  agreements: v.pipe(
    v.array(agreementSchema),
    uniqueIds(),
    // A network has one agreement per counterpart; the wizard opens the one it finds.
    v.check((list) => allDistinct(list, (a) => `${a.networkId}\u0000${a.counterpart}`), 'duplicate-agreement'),
  ),
  trash: v.pipe(v.array(trashEntrySchema), uniqueIds()),
  /** The reflection journal's hidden and own guiding questions; absent until the writer changes them. */
  reflectionPrompts: v.optional(reflectionPromptSettingsSchema),
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

/** Checks parsed JSON against the current shape; returns the data or the first problem in words. */
export function checkAppData(value: unknown): { ok: true; data: AppData } | { ok: false; reason: string } {
  const parsed = v.safeParse(appDataSchema, value);
  if (parsed.success) return { ok: true, data: parsed.output };
  const issue = parsed.issues[0];
  const where = (issue?.path ?? []).map((item) => String(item.key)).join('.');
  return { ok: false, reason: `${where || 'rod'}: ${issue?.message ?? 'ukendt fejl'}` };
}
