import * as v from 'valibot';
import { COUNTERPART_ROLES } from '../domain/agreement-topics';
import type { AgreementPreparer, CounterpartRole, LocalizedText } from '../domain/types';
import {
  baseRecordEntries,
  calendarDate,
  idField,
  instant,
  intRange,
  longText,
  optionalDate,
  shortText,
} from './fields';

/** The wizard's steps: 1 Forberedelse, 2 Parterne og perioden, 3 Emner, 4 Gennemse, 5 Godkend. */
export const AGREEMENT_STEPS = [1, 2, 3, 4, 5] as const;
export type AgreementStep = (typeof AGREEMENT_STEPS)[number];

/** Who can be preparing in the wizard's first step. */
export const AGREEMENT_PREPARERS = ['leader', 'counterpart'] as const satisfies readonly AgreementPreparer[];

/** Highest version number an agreement can reach. */
export const AGREEMENT_VERSION_MAX = 10_000;

/** Most entries one text map (answers or topics) holds: never more than a definition has questions or topics. */
export const AGREEMENT_TEXT_MAP_MAX = 40;

// Domain ids are short kebab-case.
const textMap = v.pipe(
  v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)), longText),
  v.check((map) => Object.keys(map).length <= AGREEMENT_TEXT_MAP_MAX, 'too-many-entries'),
);

/** An agreement's text map (preparation answers or topics), as stored and as the wizard saves it. */
export const agreementTextMap = textMap;

const contentEntries = {
  /** Answers to the preparation questions by question id: the leader's personal notes. */
  preparation: textMap,
  /** Answers to the counterpart's own preparation questions (the co-driver's side): her personal notes. Absent in agreements saved before her side existed. */
  counterpartPreparation: v.optional(textMap, () => ({})),
  /** The agreed text per topic id. */
  topics: textMap,
  /** YYYY-MM-DD or empty. */
  periodFrom: optionalDate,
  /** YYYY-MM-DD or empty. */
  periodTo: optionalDate,
};

const versionNumber = intRange(1, AGREEMENT_VERSION_MAX);

/** What the two parties write together; shared by the draft and every frozen version. */
export type AgreementContent = v.InferOutput<v.ObjectSchema<typeof contentEntries, undefined>>;

/** A version being written: who the parties are (live person ids), where the user left off, and the dates to approve with. */
export const agreementDraftSchema = v.object({
  ...contentEntries,
  /** The version number this draft becomes when approved. */
  number: versionNumber,
  step: v.picklist(AGREEMENT_STEPS),
  /** Whose preparation the first step shows; the counterpart prepares only where her side exists. */
  preparer: v.optional(v.picklist(AGREEMENT_PREPARERS), 'leader'),
  leaderId: v.nullable(idField),
  counterpartId: v.nullable(idField),
  /** YYYY-MM-DD or empty. */
  agreedDate: optionalDate,
  /** YYYY-MM-DD or empty. */
  reviewDate: optionalDate,
});
export type AgreementDraft = v.InferOutput<typeof agreementDraftSchema>;

/** A party as it stood when the version was agreed, so later renames never change a signed text. */
export const agreementPartySchema = v.object({ personId: idField, name: shortText, title: shortText, unit: shortText });
export type AgreementParty = v.InferOutput<typeof agreementPartySchema>;

/** An agreed version: frozen, never changed after approval. */
export const agreementVersionSchema = v.object({
  ...contentEntries,
  number: versionNumber,
  /** YYYY-MM-DD. */
  agreedDate: calendarDate,
  /** YYYY-MM-DD. */
  reviewDate: calendarDate,
  /** ISO instant of the approval. */
  approvedAt: instant,
  leader: agreementPartySchema,
  counterpart: agreementPartySchema,
});
export type AgreementVersion = v.InferOutput<typeof agreementVersionSchema>;

/**
 * A collaboration agreement between the network leader and one counterpart, with its versions.
 * Versions are numbered 1, 2, 3 … in order (the comparison and the export find them by number).
 */
export const agreementSchema = v.pipe(
  v.object({
    ...baseRecordEntries,
    networkId: idField,
    counterpart: v.picklist(COUNTERPART_ROLES),
    /** The version being written, or null when the latest version is agreed and untouched. */
    draft: v.nullable(agreementDraftSchema),
    /** Agreed versions, oldest first; numbered 1, 2, 3 … */
    versions: v.array(agreementVersionSchema),
  }),
  v.check((a) => a.versions.every((version, index) => version.number === index + 1), 'version-order'),
);
export type Agreement = v.InferOutput<typeof agreementSchema>;

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
