import * as v from 'valibot';
import { newNetworkPhases } from '../domain/phase-progress';
import {
  baseRecordEntries,
  domainIdField,
  idField,
  instant,
  longText,
  optionalDate,
  optionalEmail,
  optionalPhone,
  shortText,
  uniqueIds,
  allDistinct,
} from './fields';

/**
 * The people and networks the app stores, each record as ONE valibot schema: the data-file check,
 * journal replay and import parse with it, and the TypeScript type is inferred from it, so a field
 * is added in one place. Unknown keys are dropped when a file is read.
 */

/** Fields every stored record carries. */
export type BaseRecord = v.InferOutput<v.ObjectSchema<typeof baseRecordEntries, undefined>>;

/** Someone who can hold a role or take part in a network. */
export const personSchema = v.object({
  ...baseRecordEntries,
  name: shortText,
  /** Unit or forvaltning. */
  unit: shortText,
  title: shortText,
  email: optionalEmail,
  phone: optionalPhone,
});
export type Person = v.InferOutput<typeof personSchema>;

/** The four roles one person holds per network, in display order. */
export const HOLDER_ROLES = ['netvaerksleder', 'codriver', 'referenceleder', 'personaleleder'] as const;
export type HolderRole = (typeof HOLDER_ROLES)[number];

/** Where a network is in its life, in display order; archiving is separate so an archived network keeps its status. */
export const NETWORK_STATUSES = ['forberedelse', 'aktiv', 'afsluttet'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

/** The network types the model knows, in display order; null when not chosen. */
export const NETWORK_TYPES = ['velfaerd', 'laering', 'innovation'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** A person taking part in a network beyond the four role holders. */
export const participantSchema = v.object({
  personId: idField,
  /** Core participants join all phases; others join where they matter most. */
  core: v.boolean(),
  /** Free text: what the person brings or represents. */
  note: shortText,
});
export type Participant = v.InferOutput<typeof participantSchema>;

/** A checklist item a network added to a phase itself, beside the model's own items. */
export const ownPhaseItemSchema = v.object({ id: idField, phaseId: domainIdField, text: longText, done: v.boolean() });
export type OwnPhaseItem = v.InferOutput<typeof ownPhaseItemSchema>;

/** Where a network is in its phase model and what it has ticked off, added and noted per phase. */
export const networkPhasesSchema = v.object({
  /** The phase model the network runs on; kept so an edited model never rewrites a running network. */
  modelId: domainIdField,
  currentPhaseId: v.union([v.literal(''), domainIdField]),
  /** Ids of the model's checklist items that are done. */
  checked: v.array(domainIdField),
  ownItems: v.pipe(v.array(ownPhaseItemSchema), uniqueIds()),
  /** A note per phase id. */
  notes: v.record(domainIdField, longText),
});
export type NetworkPhases = v.InferOutput<typeof networkPhasesSchema>;

const roleHoldersSchema = v.object({
  netvaerksleder: v.nullable(idField),
  codriver: v.nullable(idField),
  referenceleder: v.nullable(idField),
  personaleleder: v.nullable(idField),
} satisfies Record<HolderRole, unknown>);

/** A time-boxed cross-cutting network. */
export const networkSchema = v.object({
  ...baseRecordEntries,
  name: shortText,
  theme: shortText,
  challenge: longText,
  ambition: longText,
  type: v.nullable(v.picklist(NETWORK_TYPES)),
  /** YYYY-MM-DD or empty. */
  startDate: optionalDate,
  /** YYYY-MM-DD or empty. */
  endDate: optionalDate,
  status: v.picklist(NETWORK_STATUSES),
  /** ISO instant when archived, null while in use. */
  archivedAt: v.nullable(instant),
  roleHolders: roleHoldersSchema,
  /** One row per person: the screens key participants by person id. */
  participants: v.pipe(
    v.array(participantSchema),
    v.check((rows) => allDistinct(rows, (row) => row.personId), 'duplicate-id'),
  ),
  /** The phase tracker's state; a network saved before the tracker existed starts at the first phase. */
  phases: v.optional(networkPhasesSchema, () => newNetworkPhases()),
  /** True for the example network a newcomer can load and remove again. */
  example: v.boolean(),
});
export type Network = v.InferOutput<typeof networkSchema>;

/** The languages the UI speaks. */
export const UI_LANGUAGES = ['da', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Light, dark, or whatever the operating system uses. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Minutes without a key press or a mouse move before the app locks itself; 0 = never. */
export const LOCK_IDLE_MINUTES = [0, 5, 10, 15, 30, 60] as const;
export type LockIdleMinutes = (typeof LOCK_IDLE_MINUTES)[number];
/** Locking after this many idle minutes unless the user chose otherwise. */
export const DEFAULT_LOCK_IDLE_MINUTES: LockIdleMinutes = 15;

/** The local user, used as author in documents. */
export const profileSchema = v.object({
  name: shortText,
  title: shortText,
  unit: shortText,
  /** The municipality (kommune) every document's header names; absent until filled in. */
  organisation: v.optional(shortText),
  /** The forvaltning or unit under it, in the header beside the municipality. */
  department: v.optional(shortText),
  /** UI language; Danish when not chosen. */
  lang: v.optional(v.picklist(UI_LANGUAGES)),
  /** Colour theme; follows the system when not chosen. */
  theme: v.optional(v.picklist(THEME_CHOICES)),
  /** "Skjul private": private reflections are left out of every list and search while she shares her screen. */
  hidePrivate: v.optional(v.boolean()),
  /** "Nye refleksioner er private": a new entry starts private unless the writer says otherwise. */
  privateByDefault: v.optional(v.boolean()),
  /** The app lock's idle time in minutes (0 = only on demand); the default when not chosen. */
  lockAfterMinutes: v.optional(v.picklist(LOCK_IDLE_MINUTES)),
  /** The folder exports are proposed to go to, chosen with the host's folder picker; the standard one when absent. */
  exportFolder: v.optional(v.pipe(v.string(), v.maxLength(4096))),
});
export type Profile = v.InferOutput<typeof profileSchema>;

/** Something the user must be told once after start (a damaged file moved aside, a migration). Not stored. */
export interface StartupNotice {
  id: string;
  kind: 'quarantined' | 'migrated' | 'created';
  message: string;
  messageEn: string;
  /** File name in the data folder the notice is about, if any. */
  file?: string;
}
