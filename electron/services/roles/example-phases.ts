import { randomUUID } from 'node:crypto';
import { findPhase, shippedPhaseModel } from '../../shared/domain';
import type { NetworkPhases } from '../../shared/entities';

/**
 * The example network's phase tracker: a month in, the start-up is done and the design is under
 * way, so a newcomer sees ticked items, an own item and a note rather than an empty list.
 */
export function examplePhases(): NetworkPhases {
  const doneIn = (phaseId: string): string[] =>
    findPhase(shippedPhaseModel, phaseId)?.checklist.map((item) => item.id) ?? [];
  return {
    modelId: shippedPhaseModel.id,
    currentPhaseId: 'netvaerksdesign',
    checked: [
      ...doneIn('introduktion'),
      ...doneIn('opstart'),
      'netvaerksdesign-find-deltagere',
      'netvaerksdesign-kompetencediamant',
    ],
    ownItems: [
      {
        id: randomUUID(),
        phaseId: 'netvaerksdesign',
        text: 'Aftal med ungdomsskolen, hvordan vi møder de unge uden for skoletid.',
        done: false,
      },
    ],
    notes: {
      opstart: 'Aftalerne med Peter og Anne-Sofie er på plads. Jonas har sagt ja til at være co-driver.',
      netvaerksdesign: 'Relationsrundturen har givet fem navne. Vi mangler stadig en fra sundhedsplejen.',
    },
  };
}
