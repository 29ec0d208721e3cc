import * as v from 'valibot';
import { COUNTERPART_ROLES } from '../domain/agreement-topics';
import type { Agreement, AgreementComparison, AgreementDue, AgreementStepResult } from '../entities';
import { AGREEMENT_PREPARERS, AGREEMENT_STEPS, AGREEMENT_VERSION_MAX, agreementTextMap, intRange } from '../entities';
import { channel } from './channel';
import { idField, noInput, optionalDate } from './fields';
import type { ExportResult } from './exports';

/** What an export tells the screen: the file name written, or that the user cancelled the save dialog. */
export type AgreementExportResult = ExportResult;

const textMap = agreementTextMap;

const versionRef = intRange(1, AGREEMENT_VERSION_MAX);

/** The fields of a draft the wizard saves; maps are merged key by key so one field's autosave never overwrites another. */
export const AgreementDraftPatchSchema = v.strictObject({
  preparation: v.optional(textMap),
  counterpartPreparation: v.optional(textMap),
  preparer: v.optional(v.picklist(AGREEMENT_PREPARERS)),
  topics: v.optional(textMap),
  periodFrom: v.optional(optionalDate),
  periodTo: v.optional(optionalDate),
  leaderId: v.optional(v.nullable(idField)),
  counterpartId: v.optional(v.nullable(idField)),
  agreedDate: v.optional(optionalDate),
  reviewDate: v.optional(optionalDate),
});

/** Channels for the agreement wizard: drafts, steps, approval, versions, comparison and Word export. */
export const agreementChannels = {
  'agreements:list': channel<Agreement[]>()({
    input: v.strictObject({ networkId: v.optional(idField) }),
    mutates: false,
    doc: 'Agreements, of one network when given; oldest first.',
  }),
  'agreements:get': channel<Agreement>()({
    input: v.strictObject({ id: idField }),
    mutates: false,
    doc: 'One agreement with its versions and draft.',
  }),
  'agreements:start': channel<Agreement>()({
    input: v.strictObject({ networkId: idField, counterpart: v.picklist(COUNTERPART_ROLES) }),
    mutates: true,
    doc: 'Starts the agreement with a counterpart as a draft; gives the existing one back if the network already has it.',
  }),
  'agreements:update-draft': channel<Agreement>()({
    input: v.strictObject({ id: idField, patch: AgreementDraftPatchSchema }),
    mutates: true,
    doc: 'Saves some fields of the draft (autosave).',
  }),
  'agreements:go-to-step': channel<AgreementStepResult>()({
    input: v.strictObject({ id: idField, step: v.picklist(AGREEMENT_STEPS) }),
    mutates: true,
    doc: 'Moves the wizard; going on checks the steps passed, and stops at the first with missing fields.',
  }),
  'agreements:approve': channel<AgreementStepResult>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Freezes the draft as the next agreed version, or reports what is missing.',
  }),
  'agreements:edit': channel<Agreement>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Starts the next version as a draft copied from the latest agreed one.',
  }),
  'agreements:discard-draft': channel<Agreement>()({
    input: v.strictObject({ id: idField }),
    mutates: true,
    doc: 'Drops the draft of a new version; the agreed versions stay as they are.',
  }),
  'agreements:compare': channel<AgreementComparison>()({
    input: v.strictObject({ id: idField, from: versionRef, to: v.union([versionRef, v.literal('draft')]) }),
    mutates: false,
    doc: 'Two versions (or a version and the draft) field by field, changed fields marked.',
  }),
  'agreements:due': channel<AgreementDue[]>()({
    input: noInput,
    mutates: false,
    doc: 'Agreements whose review date is within 30 days or past, soonest first.',
  }),
  'agreements:export': channel<AgreementExportResult>()({
    input: v.strictObject({
      id: idField,
      version: v.optional(versionRef),
      includePreparation: v.optional(v.boolean()),
      includeCounterpartPreparation: v.optional(v.boolean()),
      lang: v.optional(v.picklist(['da', 'en'])),
    }),
    mutates: false,
    doc: 'Writes the agreement as a Word document where the user chooses; the preparation notes of either side only when asked for.',
  }),
};
