/**
 * Shapes of the domain knowledge the app ships: roles, phases, meeting methods and templates,
 * reflection prompts and agreement topics. Pure types so every layer (UI, export, tests) shares them.
 */

import type { NetworkType } from '../entities';

/** The two interface languages; Danish is primary. */
export type Lang = 'da' | 'en';

/** A user-facing text in both languages, so no screen or document ever falls back to one. */
export interface LocalizedText {
  da: string;
  en: string;
}

/** Every role the model knows; 'deltager' covers the many participants. */
export type RoleId = 'netvaerksleder' | 'codriver' | 'referenceleder' | 'personaleleder' | 'deltager';

/** The roles one named person holds per network. */
export type HolderRoleId = Exclude<RoleId, 'deltager'>;

/** What a role gives to and gets from one other role. */
export interface RoleRelation {
  with: RoleId;
  gives: LocalizedText[];
  gets: LocalizedText[];
}

/** One role in the network model, as shown on the role pages and in the role handout. */
export interface RoleDefinition {
  id: RoleId;
  name: LocalizedText;
  /** One line, for lists and cards. */
  shortDescription: LocalizedText;
  /** Two or three sentences. */
  purpose: LocalizedText;
  responsibilities: LocalizedText[];
  /** What the role draws on. */
  competences: LocalizedText[];
  relations: RoleRelation[];
  keyMoments: RoleKeyMoment[];
  /** False for participants, who are many people rather than one holder. */
  holderRequired: boolean;
}

/** One item on a phase checklist. */
export interface PhaseChecklistItem {
  id: string;
  text: LocalizedText;
}

/**
 * Marks a phase the organisation's model adds beside its own numbered phases, with a line for the
 * reader on why it is there (shown wherever the phase is named with its kind).
 */
export interface SupplementaryPhase {
  why: LocalizedText;
}

/** One phase of a network's life cycle. */
export interface PhaseDefinition {
  id: string;
  /**
   * The phase's number in the organisation's model, or null for phases without one (an
   * introduction, a rounding off, supplementary phases). The one numbering every screen and
   * document shows; never a position in the list.
   */
  number: string | null;
  name: LocalizedText;
  summary: LocalizedText;
  goal: LocalizedText;
  /** Set for a supplementary phase: one the model itself does not describe, added to fill a gap. */
  supplementary: SupplementaryPhase | null;
  checklist: PhaseChecklistItem[];
  /** Short imperative lines: what each role does in this phase. */
  tasks: Record<RoleId, LocalizedText[]>;
}

/** An ordered set of phases: the built-in one, or the organisation's own edited copy. */
export interface PhaseModel {
  id: string;
  name: LocalizedText;
  version: number;
  phases: PhaseDefinition[];
}

/** A moment in a role's year that matters, tied to the phase it belongs to (null: all through). */
export interface RoleKeyMoment {
  phaseId: string | null;
  text: LocalizedText;
}

/** A kind of network with its typical length, used to suggest an end date. */
export interface NetworkTypeDefinition {
  id: NetworkType;
  name: LocalizedText;
  description: LocalizedText;
  /** Months to suggest for the end date; null where the length is open. */
  typicalMonths: number | null;
  /** The length as people say it (e.g. "4–5 months"). */
  durationNote: LocalizedText;
  /** True where a test phase follows the network itself. */
  followedByTestPhase: boolean;
}

/** How an agenda item is meant to be handled, shown on the agenda. */
export type AgendaItemKind = 'orientering' | 'droeftelse' | 'beslutning' | 'pause';

/** A way of working with an agenda item. */
export interface MeetingMethod {
  id: string;
  name: LocalizedText;
  /** One sentence on how and why to use it. */
  help: LocalizedText;
  suggestedMinutes: number;
  /** The item kind the agenda builder proposes when this method is picked. */
  defaultKind: AgendaItemKind;
}

/** One agenda item in a meeting template. */
export interface MeetingTemplateItem {
  title: LocalizedText;
  kind: AgendaItemKind;
  minutes: number;
  methodId: string;
  purpose: LocalizedText;
  /**
   * 'status' is where tasks carried from earlier meetings are gone through; 'closing' is the last
   * word of the meeting: carried points go before it, and it is never carried itself.
   */
  role?: 'status' | 'closing';
}

/** A ready agenda for a typical meeting; item minutes add up to the duration. */
export interface MeetingTemplate {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  purpose: LocalizedText;
  desiredOutcome: LocalizedText;
  /** The phase where the template usually fits, or null when it fits any phase. */
  suggestedPhaseId: string | null;
  items: MeetingTemplateItem[];
}

/** The kind of a reflection entry. */
export type ReflectionKind = 'foer' | 'efter' | 'fri';

/** When a prompt applies: before, after, or both. */
export type ReflectionPromptKind = 'foer' | 'efter' | 'begge';

/** The themes guiding the co-driver's reflections. */
export type ReflectionThemeId =
  | 'mod'
  | 'fremdrift'
  | 'risikovillighed'
  | 'laerings-og-refleksionsrum'
  | 'sparring'
  | 'sidemandslaering'
  | 'forankring'
  | 'inddragelse'
  | 'temafeltet'
  | 'strategiske-valg'
  | 'til-netvaerkslederen';

/** A reflection theme with a line on what it is about. */
export interface ReflectionTheme {
  id: ReflectionThemeId;
  name: LocalizedText;
  description: LocalizedText;
}

/** A guiding question in a reflection entry. */
export interface ReflectionPrompt {
  id: string;
  kind: ReflectionPromptKind;
  themeId: ReflectionThemeId;
  text: LocalizedText;
}

/** The roles the network leader makes a collaboration agreement with. */
export type CounterpartRole = 'referenceleder' | 'personaleleder' | 'codriver';

/** A question to think about before the agreement talk. */
export interface AgreementPreparationQuestion {
  id: string;
  text: LocalizedText;
  help: LocalizedText;
}

/** A topic the agreement covers. */
export interface AgreementTopic {
  id: string;
  title: LocalizedText;
  help: LocalizedText;
  example: LocalizedText;
  /** True where the wizard should not let the topic be left empty. */
  required: boolean;
  /** True for topics the app adds beyond those the network model names; they come after the named ones. */
  inferred: boolean;
  /** True for the topic on revising the agreement: documents show it with the review date, not among the topics. */
  partOfReview?: boolean;
}

/** Who is preparing in the wizard's first step: the network leader, or the counterpart on her own side. */
export type AgreementPreparer = 'leader' | 'counterpart';

/** Questions for the counterpart's own preparation under one heading (e.g. her time and mandate). */
export interface PreparationGroup {
  id: string;
  title: LocalizedText;
  intro: LocalizedText;
  questions: AgreementPreparationQuestion[];
}

/** The counterpart's own side of the preparation, for roles that prepare the talk themselves. */
export interface CounterpartSide {
  intro: LocalizedText;
  groups: PreparationGroup[];
}

/** Everything the agreement wizard needs for one counterpart. */
export interface AgreementDefinition {
  counterpart: CounterpartRole;
  title: LocalizedText;
  intro: LocalizedText;
  /** The network leader's preparation. */
  preparationQuestions: AgreementPreparationQuestion[];
  /** The counterpart's own preparation, or null where only the leader prepares. */
  counterpartSide: CounterpartSide | null;
  topics: AgreementTopic[];
}
