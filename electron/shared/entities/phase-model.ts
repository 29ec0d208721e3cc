import * as v from 'valibot';
import { DOMAIN_ID_MAX, SHORT_TEXT_MAX, LONG_TEXT_MAX, domainIdField } from './fields';

/**
 * The organisation's own phase model as stored and as shared in a model file. Checked as strictly
 * as any record: a model file comes from outside the app (another municipality), so it is input.
 */

/** Most phases and checklist items a model may hold; far above any real model, low enough to stay fast. */
export const PHASE_MODEL_MAX_PHASES = 40;
export const PHASE_CHECKLIST_MAX_ITEMS = 60;
export const PHASE_TASKS_MAX_ITEMS = 30;
/** A phase's own number as the model writes it ("2", "2a", "II"). */
export const PHASE_NUMBER_MAX = 12;

const shortBoth = v.object({
  da: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(SHORT_TEXT_MAX)),
  en: v.pipe(v.string(), v.trim(), v.maxLength(SHORT_TEXT_MAX)),
});
const longBoth = v.object({
  da: v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX)),
  en: v.pipe(v.string(), v.maxLength(LONG_TEXT_MAX)),
});
const taskLines = v.pipe(v.array(longBoth), v.maxLength(PHASE_TASKS_MAX_ITEMS));

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

export const phaseChecklistItemSchema = v.object({ id: domainIdField, text: longBoth });

export const phaseDefinitionSchema = v.object({
  id: domainIdField,
  /** The phase's own number as the model gives it ("2", "4a"), or null for an unnumbered phase. */
  number: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(PHASE_NUMBER_MAX))),
  name: shortBoth,
  summary: longBoth,
  goal: longBoth,
  supplementary: v.nullable(v.object({ why: longBoth })),
  checklist: v.pipe(
    v.array(phaseChecklistItemSchema),
    v.maxLength(PHASE_CHECKLIST_MAX_ITEMS),
    v.check((items) => uniqueIds(items), 'duplicate-checklist-id'),
  ),
  tasks: v.object({
    netvaerksleder: taskLines,
    codriver: taskLines,
    referenceleder: taskLines,
    personaleleder: taskLines,
    deltager: taskLines,
  }),
});

export const phaseModelSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(DOMAIN_ID_MAX), v.regex(/^[A-Za-z0-9_-]+$/)),
  name: shortBoth,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  phases: v.pipe(
    v.array(phaseDefinitionSchema),
    v.minLength(1),
    v.maxLength(PHASE_MODEL_MAX_PHASES),
    v.check((phases) => uniqueIds(phases), 'duplicate-phase-id'),
    v.check((phases) => {
      const numbers = phases.flatMap((phase) => (phase.number === null ? [] : [phase.number]));
      return new Set(numbers).size === numbers.length;
    }, 'duplicate-phase-number'),
    // A network's ticks are one list of item ids, so an id names one item in the whole model.
    v.check((phases) => uniqueIds(phases.flatMap((phase) => phase.checklist)), 'duplicate-checklist-id'),
  ),
});
export type StoredPhaseModel = v.InferOutput<typeof phaseModelSchema>;

/** Most phases kept aside after leaving the model; each holds only what a network may still point at. */
export const REMOVED_PHASES_MAX = 200;

/**
 * The organisation's model as the data file holds it (absent: the built-in model), with the phases
 * and checklist items taken out of it kept aside, so a network's ticks on them can still be named.
 */
export const phaseModelSettingsSchema = v.object({
  model: phaseModelSchema,
  removed: v.pipe(v.array(phaseDefinitionSchema), v.maxLength(REMOVED_PHASES_MAX)),
});
export type PhaseModelSettings = v.InferOutput<typeof phaseModelSettingsSchema>;

/** The tag that tells a model file from any other JSON file. */
export const PHASE_MODEL_FILE_FORMAT = 'ledelsesrum-fasemodel';

/** A shared model file: the tag, its version and the model. */
export const phaseModelFileSchema = v.object({
  format: v.literal(PHASE_MODEL_FILE_FORMAT),
  formatVersion: v.literal(1),
  model: phaseModelSchema,
});
export type PhaseModelFile = v.InferOutput<typeof phaseModelFileSchema>;
