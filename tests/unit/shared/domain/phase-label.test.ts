import { describe, expect, it } from 'vitest';
import {
  findPhase,
  keyMomentLine,
  phaseLabel,
  phaseLabelWithKind,
  phaseRefsIn,
  roles,
  ROLE_IDS,
  shippedPhaseModel,
  withPhaseRefs,
  type PhaseModel,
} from '../../../../electron/shared/domain';
import { collectLocalizedTexts } from './collect-localized-texts';
import * as domain from '../../../../electron/shared/domain';

const design = findPhase(shippedPhaseModel, 'netvaerksdesign')!;
const ideas = findPhase(shippedPhaseModel, 'ideudvikling')!;

/** The built-in model renumbered and with idea development removed, as an organisation might edit it. */
const edited: PhaseModel = {
  ...shippedPhaseModel,
  phases: shippedPhaseModel.phases
    .filter((phase) => phase.id !== 'ideudvikling')
    .map((phase) =>
      phase.id === 'netvaerksdesign' ? { ...phase, number: '3', name: { da: 'Design', en: 'Design' } } : phase,
    ),
};

describe('phase labels', () => {
  it('put the model’s own number before the name, and nothing before a phase without one', () => {
    expect(phaseLabel(design, 'da')).toBe('2. Netværksdesign');
    expect(phaseLabel(design, 'en')).toBe('2. Network design');
    expect(phaseLabel(findPhase(shippedPhaseModel, 'introduktion')!, 'da')).toBe('Introduktion');
    expect(phaseLabel({ number: '', name: design.name }, 'da')).toBe('Netværksdesign');
  });

  it('name the supplementary kind in plain-text places', () => {
    const supplementary = shippedPhaseModel.phases.find((phase) => phase.supplementary)!;
    expect(phaseLabelWithKind(supplementary, 'da')).toBe(`${supplementary.name.da} (supplerende fase)`);
    expect(phaseLabelWithKind(design, 'da')).toBe('2. Netværksdesign');
  });
});

describe('phase references in domain texts', () => {
  it('are filled from the model in use, so an example says the same number as the tracker', () => {
    expect(withPhaseRefs('inden {fase:ideudvikling}.', shippedPhaseModel, 'da')).toBe(
      'inden fase 6 (Idéudvikling og prioritering).',
    );
    expect(withPhaseRefs('after {fase:netvaerksdesign}', edited, 'en')).toBe('after phase 3 (Design)');
    expect(withPhaseRefs('ved {fase:afrunding}', shippedPhaseModel, 'da')).toBe('ved fasen «Afrunding»');
  });

  it('still read when the organisation has removed the phase: the built-in name, no number', () => {
    expect(withPhaseRefs('inden {fase:ideudvikling}', edited, 'da')).toBe(`inden fasen «${ideas.name.da}»`);
    expect(withPhaseRefs('{fase:findes-ikke}', edited, 'da')).toBe('{fase:findes-ikke}');
  });

  it('point only at phases of the built-in model, and no domain text writes a phase number by hand', () => {
    const texts = collectLocalizedTexts(domain, 'domain').texts;
    const ids = new Set(shippedPhaseModel.phases.map((phase) => phase.id));
    const refs = texts.flatMap(({ path, text }) =>
      [...phaseRefsIn(text.da), ...phaseRefsIn(text.en)].map((id) => ({ path, id })),
    );
    expect(refs.length).toBeGreaterThan(3);
    expect(refs.filter((ref) => !ids.has(ref.id))).toEqual([]);
    const byHand = texts.filter(({ text }) => /\bfase \d|\bphase \d/i.test(`${text.da} ${text.en}`)).map((t) => t.path);
    expect(byHand).toEqual([]);
  });

  it('lead every key moment tied to a phase with that phase’s label', () => {
    for (const roleId of ROLE_IDS) {
      for (const moment of roles[roleId].keyMoments) {
        const line = keyMomentLine(moment, shippedPhaseModel, 'da');
        const phase = moment.phaseId === null ? undefined : findPhase(shippedPhaseModel, moment.phaseId);
        expect(moment.phaseId === null || phase !== undefined, `${roleId}: ${moment.phaseId}`).toBe(true);
        expect(line).toBe(phase ? `${phaseLabel(phase, 'da')}: ${moment.text.da}` : moment.text.da);
      }
    }
    const first = roles.codriver.keyMoments[1]!;
    expect(keyMomentLine(first, edited, 'da')).toBe(`3. Design: ${first.text.da}`);
  });
});
