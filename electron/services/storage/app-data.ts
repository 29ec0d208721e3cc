import * as v from 'valibot';
import type { Agreement, Meeting, Network, Person, Profile, Reflection, TrashEntry } from '../../shared/entities';
import type { ReflectionPromptSettings } from '../../shared/entities/reflection';
import { agreementSchema, meetingSchema, reflectionSchema } from './feature-schemas';
import { HOLDER_ROLES, NETWORK_STATUSES, NETWORK_TYPES } from '../../shared/entities';
import { networkPhasesSchema } from '../roles/network-phases-schema';

/** The schema version this build reads and writes; older files are migrated forward on start. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Everything the app stores, as it lies in the data file. */
export interface AppData {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  profile: Profile;
  people: Person[];
  networks: Network[];
  meetings: Meeting[];
  reflections: Reflection[];
  agreements: Agreement[];
  trash: TrashEntry[];
  /** The reflection journal's hidden and own guiding questions; absent until the writer changes them. */
  reflectionPrompts?: ReflectionPromptSettings;
}

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

/** Fields every stored record has. */
export const base = { id: v.string(), createdAt: v.string(), updatedAt: v.string() };

const personSchema = v.looseObject({
  ...base,
  name: v.string(),
  unit: v.string(),
  title: v.string(),
  email: v.string(),
  phone: v.string(),
});

const roleHoldersSchema = v.object(
  Object.fromEntries(HOLDER_ROLES.map((role) => [role, v.nullable(v.string())])) as Record<
    (typeof HOLDER_ROLES)[number],
    v.NullableSchema<v.StringSchema<undefined>, undefined>
  >,
);

const networkSchema = v.looseObject({
  ...base,
  name: v.string(),
  theme: v.string(),
  challenge: v.string(),
  ambition: v.string(),
  type: v.nullable(v.picklist(NETWORK_TYPES)),
  startDate: v.string(),
  endDate: v.string(),
  status: v.picklist(NETWORK_STATUSES),
  archivedAt: v.nullable(v.string()),
  roleHolders: roleHoldersSchema,
  participants: v.array(v.looseObject({ personId: v.string(), core: v.boolean(), note: v.string() })),
  example: v.boolean(),
  phases: networkPhasesSchema,
});

/**
 * What a data file must look like to be trusted. Records keep unknown keys (loose) so data a
 * later feature adds is carried, not dropped; the shapes we rely on are checked.
 */
export const appDataSchema = v.looseObject({
  schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
  profile: v.looseObject({
    name: v.string(),
    title: v.string(),
    unit: v.string(),
    lang: v.optional(v.picklist(['da', 'en'])),
    theme: v.optional(v.picklist(['system', 'light', 'dark'])),
  }),
  people: v.array(personSchema),
  networks: v.array(networkSchema),
  meetings: v.array(meetingSchema),
  reflections: v.array(reflectionSchema),
  agreements: v.array(agreementSchema),
  trash: v.array(
    v.looseObject({
      id: v.string(),
      kind: v.picklist(['network', 'person', 'reflection', 'meeting']),
      deletedAt: v.string(),
      record: v.looseObject(base),
    }),
  ),
});

/** Checks parsed JSON against the current shape; returns the data or the first problem in words. */
export function checkAppData(value: unknown): { ok: true; data: AppData } | { ok: false; reason: string } {
  const parsed = v.safeParse(appDataSchema, value);
  if (parsed.success) return { ok: true, data: parsed.output as unknown as AppData };
  const issue = parsed.issues[0];
  const where = (issue?.path ?? []).map((item) => String(item.key)).join('.');
  return { ok: false, reason: `${where || 'rod'}: ${issue?.message ?? 'ukendt fejl'}` };
}
