/**
 * How a phase is named wherever it appears: screens, the matrix, the tracker, Word documents and
 * texts that point at a phase. The number comes from the model's data and nowhere else, so "fase 6"
 * means the same phase on every screen, whatever model the organisation runs.
 */

import { shippedPhaseModel } from './phases';
import type { Lang, PhaseDefinition, PhaseModel, RoleKeyMoment } from './types';

/** The phase as a heading or list label: "2. Netværksdesign", or the bare name when it has no number. */
export function phaseLabel(phase: Pick<PhaseDefinition, 'number' | 'name'>, lang: Lang): string {
  const name = phase.name[lang];
  return phase.number === null || phase.number === '' ? name : `${phase.number}. ${name}`;
}

/** What a supplementary phase is called, in running text and next to its name. */
export const SUPPLEMENTARY_PHASE_TERM = { da: 'supplerende fase', en: 'supplementary phase' } as const;

/** The label with its kind when the phase is supplementary, for plain-text places such as a Word table. */
export function phaseLabelWithKind(phase: PhaseDefinition, lang: Lang): string {
  const label = phaseLabel(phase, lang);
  return phase.supplementary ? `${label} (${SUPPLEMENTARY_PHASE_TERM[lang]})` : label;
}

/** A phase named inside a sentence: "fase 6 (Idéudvikling og prioritering)" or "fasen «Afrunding»". */
export function phaseMention(phase: Pick<PhaseDefinition, 'number' | 'name'>, lang: Lang): string {
  const name = phase.name[lang];
  if (phase.number === null || phase.number === '') return lang === 'da' ? `fasen «${name}»` : `the phase ‘${name}’`;
  return lang === 'da' ? `fase ${phase.number} (${name})` : `phase ${phase.number} (${name})`;
}

/**
 * A phase a text or key moment points at, from the model in use; a phase the organisation has
 * removed is named as the built-in model names it, without a number, so the sentence still reads.
 */
export function referencedPhase(
  model: PhaseModel,
  phaseId: string,
): Pick<PhaseDefinition, 'id' | 'number' | 'name'> | undefined {
  const phase = model.phases.find((p) => p.id === phaseId);
  if (phase) return phase;
  const builtIn = shippedPhaseModel.phases.find((p) => p.id === phaseId);
  return builtIn ? { id: builtIn.id, number: null, name: builtIn.name } : undefined;
}

/** Matches a phase reference written into domain text as {fase:<phase id>}. */
const PHASE_REF = /\{fase:([a-z0-9-]+)\}/g;

/** Fills the phase references in a domain text from the model in use (see `referencedPhase`). */
export function withPhaseRefs(text: string, model: PhaseModel, lang: Lang): string {
  return text.replace(PHASE_REF, (whole, id: string) => {
    const phase = referencedPhase(model, id);
    return phase ? phaseMention(phase, lang) : whole;
  });
}

/** A role's key moment as one line, led by the phase it belongs to in the model in use. */
export function keyMomentLine(moment: RoleKeyMoment, model: PhaseModel, lang: Lang): string {
  const phase = moment.phaseId === null ? undefined : referencedPhase(model, moment.phaseId);
  return phase ? `${phaseLabel(phase, lang)}: ${moment.text[lang]}` : moment.text[lang];
}

/** The ids of the phases a text refers to, for checks that every reference points at a real phase. */
export function phaseRefsIn(text: string): string[] {
  return [...text.matchAll(PHASE_REF)].map((match) => match[1] ?? '');
}
