import type { Meeting } from './meeting';
import type { Reflection } from './reflection';

/**
 * The records the app stores. Shared by services, the contract and the renderer,
 * so one change of shape is caught everywhere by the compiler.
 */

/** Fields every stored record carries. */
export interface BaseRecord {
  id: string;
  /** ISO 8601 instant. */
  createdAt: string;
  /** ISO 8601 instant; import merges use it to pick the newest copy. */
  updatedAt: string;
}

/** Someone who can hold a role or take part in a network. */
export interface Person extends BaseRecord {
  name: string;
  /** Unit or forvaltning. */
  unit: string;
  title: string;
  email: string;
  phone: string;
}

/** The four roles one person holds per network. */
export type HolderRole = 'netvaerksleder' | 'codriver' | 'referenceleder' | 'personaleleder';

/** Holder roles in display order. */
export const HOLDER_ROLES: readonly HolderRole[] = ['netvaerksleder', 'codriver', 'referenceleder', 'personaleleder'];

/** Where a network is in its life; archiving is separate so an archived network keeps its status. */
export type NetworkStatus = 'forberedelse' | 'aktiv' | 'afsluttet';

/** Network statuses in display order. */
export const NETWORK_STATUSES: readonly NetworkStatus[] = ['forberedelse', 'aktiv', 'afsluttet'];

/** The network types the model knows; null when not chosen. */
export type NetworkType = 'innovation' | 'laering' | 'velfaerd';

/** Network types in display order. */
export const NETWORK_TYPES: readonly NetworkType[] = ['velfaerd', 'laering', 'innovation'];

/** A person taking part in a network beyond the four role holders. */
export interface Participant {
  personId: string;
  /** Core participants join all phases; others join where they matter most. */
  core: boolean;
  /** Free text: what the person brings or represents. */
  note: string;
}

/** A checklist item a network added to a phase itself, beside the model's own items. */
export interface OwnPhaseItem {
  id: string;
  phaseId: string;
  text: string;
  done: boolean;
}

/** Where a network is in its phase model and what it has ticked off, added and noted per phase. */
export interface NetworkPhases {
  /** The phase model the network runs on; kept so an edited model never rewrites a running network. */
  modelId: string;
  currentPhaseId: string;
  /** Ids of the model's checklist items that are done. */
  checked: string[];
  ownItems: OwnPhaseItem[];
  /** A note per phase id. */
  notes: Record<string, string>;
}

/** A time-boxed cross-cutting network. */
export interface Network extends BaseRecord {
  name: string;
  theme: string;
  challenge: string;
  ambition: string;
  type: NetworkType | null;
  /** YYYY-MM-DD or empty. */
  startDate: string;
  /** YYYY-MM-DD or empty. */
  endDate: string;
  status: NetworkStatus;
  /** ISO instant when archived, null while in use. */
  archivedAt: string | null;
  roleHolders: Record<HolderRole, string | null>;
  participants: Participant[];
  /** The phase tracker's state; absent on records older than the tracker, so read it with `phasesOf`. */
  phases?: NetworkPhases;
  /** True for the example network a newcomer can load and remove again. */
  example: boolean;
}

/** The local user, used as author in documents. */
export interface Profile {
  name: string;
  title: string;
  unit: string;
  /** UI language; Danish when not chosen. */
  lang?: UiLanguage;
  /** Colour theme; follows the system when not chosen. */
  theme?: ThemeChoice;
}

/** The languages the UI speaks. */
export type UiLanguage = 'da' | 'en';

/** Light, dark, or whatever the operating system uses. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Something the user must be told once after start (a damaged file moved aside, a migration). */
export interface StartupNotice {
  id: string;
  kind: 'quarantined' | 'migrated' | 'created';
  message: string;
  messageEn: string;
  /** File name in the data folder the notice is about, if any. */
  file?: string;
}

/** A deleted record kept for undo. */
export interface TrashEntry {
  id: string;
  kind: 'network' | 'person' | 'reflection' | 'meeting';
  deletedAt: string;
  record: Network | Person | Reflection | Meeting;
}
