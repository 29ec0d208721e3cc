/**
 * The edits the phase-model editor makes, as pure steps from one model to the next, so the screen
 * and the tests agree. Texts are written in the language the user edits in; a new text starts out
 * the same in both languages, so nothing shows up empty in the other one.
 */

import { shippedPhaseModel } from './phases';
import { ROLE_IDS } from './roles';
import type { Lang, LocalizedText, PhaseChecklistItem, PhaseDefinition, PhaseModel, RoleId } from './types';

/** The text fields of a phase the editor writes. */
export type PhaseTextField = 'name' | 'summary' | 'goal';

const both = (text: string): LocalizedText => ({ da: text, en: text });

function withPhase(
  model: PhaseModel,
  phaseId: string,
  change: (phase: PhaseDefinition) => PhaseDefinition,
): PhaseModel {
  return { ...model, phases: model.phases.map((phase) => (phase.id === phaseId ? change(phase) : phase)) };
}

/** A new phase at the end, with its own id, no checklist yet and no tasks. */
export function addPhase(model: PhaseModel, id: string, name: string, number: string | null): PhaseModel {
  const phase: PhaseDefinition = {
    id,
    number: number === null || number.trim() === '' ? null : number.trim(),
    name: both(name.trim()),
    summary: both(''),
    goal: both(''),
    supplementary: null,
    checklist: [],
    tasks: Object.fromEntries(ROLE_IDS.map((roleId) => [roleId, []])) as unknown as PhaseDefinition['tasks'],
  };
  return { ...model, phases: [...model.phases, phase] };
}

/** The model without the phase; the networks' ticks on it are kept aside by the service. */
export function removePhase(model: PhaseModel, phaseId: string): PhaseModel {
  return { ...model, phases: model.phases.filter((phase) => phase.id !== phaseId) };
}

/** Moves a phase to another place in the order (clamped to the ends). */
export function movePhase(model: PhaseModel, phaseId: string, to: number): PhaseModel {
  const from = model.phases.findIndex((phase) => phase.id === phaseId);
  if (from === -1) return model;
  const phases = [...model.phases];
  const [phase] = phases.splice(from, 1);
  phases.splice(Math.max(0, Math.min(phases.length, to)), 0, phase!);
  return { ...model, phases };
}

/** Writes one text of a phase in one language. */
export function setPhaseText(model: PhaseModel, phaseId: string, field: PhaseTextField, lang: Lang, text: string) {
  return withPhase(model, phaseId, (phase) => ({ ...phase, [field]: { ...phase[field], [lang]: text } }));
}

/**
 * Marks a phase as supplementary (one the organisation's model adds beside its own) with the line
 * saying why, or takes the mark away; the why starts out empty for the user to write.
 */
export function setSupplementary(model: PhaseModel, phaseId: string, supplementary: boolean): PhaseModel {
  return withPhase(model, phaseId, (phase) => ({
    ...phase,
    supplementary: supplementary ? (phase.supplementary ?? { why: both('') }) : null,
  }));
}

/** Writes the line that says why a supplementary phase is there, in one language. */
export function setSupplementaryWhy(model: PhaseModel, phaseId: string, lang: Lang, why: string): PhaseModel {
  return withPhase(model, phaseId, (phase) =>
    phase.supplementary ? { ...phase, supplementary: { why: { ...phase.supplementary.why, [lang]: why } } } : phase,
  );
}

/**
 * Writes what one role does in a phase, one task a line, in one language; a line that is new in
 * that language starts out the same in the other.
 */
export function setPhaseTasks(model: PhaseModel, phaseId: string, roleId: RoleId, lang: Lang, text: string) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return withPhase(model, phaseId, (phase) => ({
    ...phase,
    tasks: {
      ...phase.tasks,
      [roleId]: lines.map((line, index) => ({ ...(phase.tasks[roleId][index] ?? both(line)), [lang]: line })),
    },
  }));
}

/** Gives a phase its number in the model, or none. */
export function setPhaseNumber(model: PhaseModel, phaseId: string, number: string): PhaseModel {
  const trimmed = number.trim();
  return withPhase(model, phaseId, (phase) => ({ ...phase, number: trimmed === '' ? null : trimmed }));
}

/** True when another phase of the model already has this number. */
export function numberTaken(model: PhaseModel, phaseId: string | null, number: string): boolean {
  const trimmed = number.trim();
  return trimmed !== '' && model.phases.some((phase) => phase.id !== phaseId && phase.number === trimmed);
}

/** A new checklist item at the end of a phase's list. */
export function addChecklistItem(model: PhaseModel, phaseId: string, id: string, text: string): PhaseModel {
  const item: PhaseChecklistItem = { id, text: both(text.trim()) };
  return withPhase(model, phaseId, (phase) => ({ ...phase, checklist: [...phase.checklist, item] }));
}

/** Rewrites one checklist item in one language. */
export function setChecklistText(model: PhaseModel, itemId: string, lang: Lang, text: string): PhaseModel {
  return {
    ...model,
    phases: model.phases.map((phase) => ({
      ...phase,
      checklist: phase.checklist.map((item) =>
        item.id === itemId ? { ...item, text: { ...item.text, [lang]: text } } : item,
      ),
    })),
  };
}

/** The model without one checklist item. */
export function removeChecklistItem(model: PhaseModel, itemId: string): PhaseModel {
  return {
    ...model,
    phases: model.phases.map((phase) => ({
      ...phase,
      checklist: phase.checklist.filter((item) => item.id !== itemId),
    })),
  };
}

/**
 * A fresh id for something the organisation adds, never one the built-in model uses. The caller
 * passes random bytes (crypto.getRandomValues works on every page, randomUUID only on secure ones).
 */
export function ownModelId(kind: 'fase' | 'punkt', random: Uint8Array): string {
  return `egen-${kind}-${Array.from(random.slice(0, 12), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** What an edited copy of the built-in model is called until the organisation names it. */
export const ADAPTED_MODEL_NAME: LocalizedText = { da: 'Tilpasset netværksmodel', en: 'Adapted network model' };

/**
 * The model after an edit, renamed when it would still carry the built-in model's name: a shared
 * file or a heading must never pass an edited model off as the built-in one.
 */
export function namedAsOwn(model: PhaseModel): PhaseModel {
  const builtInName = model.name.da === shippedPhaseModel.name.da && model.name.en === shippedPhaseModel.name.en;
  return builtInName ? { ...model, name: ADAPTED_MODEL_NAME } : model;
}

/** Names the model in one language. */
export function setModelName(model: PhaseModel, lang: Lang, name: string): PhaseModel {
  return { ...model, name: { ...model.name, [lang]: name.trim() } };
}
