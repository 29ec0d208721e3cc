import type { CounterpartRole, LocalizedText } from '../domain/types';
import type { BaseRecord } from './core';

/** The wizard's steps: 1 Forberedelse, 2 Parterne og perioden, 3 Emner, 4 Gennemse, 5 Godkend. */
export type AgreementStep = 1 | 2 | 3 | 4 | 5;

/** Every wizard step in order. */
export const AGREEMENT_STEPS: readonly AgreementStep[] = [1, 2, 3, 4, 5];

/** What the two parties write together; shared by the draft and every frozen version. */
export interface AgreementContent {
  /** Answers to the preparation questions by question id: the leader's personal notes. */
  preparation: Record<string, string>;
  /** The agreed text per topic id. */
  topics: Record<string, string>;
  /** YYYY-MM-DD or empty. */
  periodFrom: string;
  /** YYYY-MM-DD or empty. */
  periodTo: string;
}

/** A version being written: who the parties are (live person ids), where the user left off, and the dates to approve with. */
export interface AgreementDraft extends AgreementContent {
  /** The version number this draft becomes when approved. */
  number: number;
  step: AgreementStep;
  leaderId: string | null;
  counterpartId: string | null;
  /** YYYY-MM-DD or empty. */
  agreedDate: string;
  /** YYYY-MM-DD or empty. */
  reviewDate: string;
}

/** A party as it stood when the version was agreed, so later renames never change a signed text. */
export interface AgreementParty {
  personId: string;
  name: string;
  title: string;
  unit: string;
}

/** An agreed version: frozen, never changed after approval. */
export interface AgreementVersion extends AgreementContent {
  number: number;
  /** YYYY-MM-DD. */
  agreedDate: string;
  /** YYYY-MM-DD. */
  reviewDate: string;
  /** ISO instant of the approval. */
  approvedAt: string;
  leader: AgreementParty;
  counterpart: AgreementParty;
}

/** A collaboration agreement between the network leader and one counterpart, with its versions. */
export interface Agreement extends BaseRecord {
  networkId: string;
  counterpart: CounterpartRole;
  /** The version being written, or null when the latest version is agreed and untouched. */
  draft: AgreementDraft | null;
  /** Agreed versions, oldest first; numbered 1, 2, 3 … */
  versions: AgreementVersion[];
}

/** A required field left empty or a value that does not fit, tied to the step and field it belongs to. */
export interface AgreementIssue {
  step: AgreementStep;
  /** The field: 'periodFrom', 'leaderId', 'topic:<id>', 'reviewDate' … */
  field: string;
  message: string;
  messageEn: string;
}

/** The outcome of moving in the wizard or approving: the agreement as it now stands and what stopped the move, if anything. */
export interface AgreementStepResult {
  agreement: Agreement;
  issues: AgreementIssue[];
}

/** One compared field of two versions. */
export interface AgreementComparisonRow {
  /** Same field names as issues use. */
  field: string;
  section: 'parties' | 'period' | 'topics' | 'dates' | 'preparation';
  label: LocalizedText;
  /** How to show the values: dates are stored as YYYY-MM-DD. */
  kind: 'text' | 'date';
  before: string;
  after: string;
  changed: boolean;
}

/** Two versions side by side; `to` is 'draft' when the version being written is compared. */
export interface AgreementComparison {
  from: number;
  to: number | 'draft';
  rows: AgreementComparisonRow[];
}

/** An agreement whose latest review date is within 30 days or past, for Overblik. */
export interface AgreementDue {
  agreementId: string;
  networkId: string;
  networkName: string;
  counterpart: CounterpartRole;
  versionNumber: number;
  /** YYYY-MM-DD. */
  reviewDate: string;
  /** Negative when the review date has passed. */
  daysLeft: number;
  /** True when a new version is already being written. */
  drafting: boolean;
}
