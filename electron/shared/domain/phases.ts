/**
 * The phase model the app ships. Organisations may edit their own copy in settings; this is what
 * "reset" returns to, so it must stay free of any one municipality's name.
 */

import { afrundingPhase } from './phase-data/afrunding';
import { evalueringPhase } from './phase-data/evaluering';
import { ideudviklingPhase } from './phase-data/ideudvikling';
import { indsigtPhase } from './phase-data/indsigt';
import { introduktionPhase } from './phase-data/introduktion';
import { konkretiseringPhase } from './phase-data/konkretisering';
import { netvaerksdesignPhase } from './phase-data/netvaerksdesign';
import { opstartPhase } from './phase-data/opstart';
import { udfordringPhase } from './phase-data/udfordring';
import type { PhaseDefinition, PhaseModel } from './types';

export { networkTypes } from './network-types';

/**
 * The built-in model: the handbook's phases with their own numbers, and two supplementary phases
 * where the handbook's chapters 3–5 would be (they are not published).
 */
export const shippedPhaseModel: PhaseModel = {
  id: 'netvaerksmodel-standard',
  name: { da: 'Netværksmodellen (standard)', en: 'The network model (default)' },
  version: 1,
  phases: [
    introduktionPhase,
    opstartPhase,
    netvaerksdesignPhase,
    udfordringPhase,
    indsigtPhase,
    ideudviklingPhase,
    konkretiseringPhase,
    evalueringPhase,
    afrundingPhase,
  ],
};

/** Looks a phase up in any model (a network may run on an edited copy), undefined when it is gone. */
export function findPhase(model: PhaseModel, phaseId: string): PhaseDefinition | undefined {
  return model.phases.find((phase) => phase.id === phaseId);
}
