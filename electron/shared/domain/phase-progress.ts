/**
 * Reading a network's phase-tracker state against its phase model: which phase it is in, and how
 * far each phase's checklist has come. Pure, so the services, the screens and the tests agree.
 */

import type { Network, NetworkPhases } from '../entities';
import { shippedPhaseModel } from './phases';
import type { PhaseDefinition, PhaseModel } from './types';

/** Done and total checklist items of one phase, the model's items and the network's own together. */
export interface PhaseProgress {
  done: number;
  total: number;
}

/** The tracker state of a network that has just been created: the first phase, nothing ticked. */
export function newNetworkPhases(model: PhaseModel = shippedPhaseModel): NetworkPhases {
  return { modelId: model.id, currentPhaseId: model.phases[0]?.id ?? '', checked: [], ownItems: [], notes: {} };
}

/** A network's tracker state; a fresh one for a record from before the tracker (e.g. put back from the trash). */
export function phasesOf(network: Network): NetworkPhases {
  return network.phases ?? newNetworkPhases();
}

/** The phase the network is in; the model's first phase when the stored id is no longer in the model. */
export function currentPhaseOf(state: NetworkPhases, model: PhaseModel): PhaseDefinition | undefined {
  return model.phases.find((phase) => phase.id === state.currentPhaseId) ?? model.phases[0];
}

/** How many of a phase's checklist items are done, counting the network's own items too. */
export function phaseProgress(state: NetworkPhases, phase: PhaseDefinition): PhaseProgress {
  const checked = new Set(state.checked);
  const own = state.ownItems.filter((item) => item.phaseId === phase.id);
  const done = phase.checklist.filter((item) => checked.has(item.id)).length + own.filter((item) => item.done).length;
  return { done, total: phase.checklist.length + own.length };
}

/** Items of a phase that are not yet ticked; moving on past them is worth a question. */
export function openItemCount(state: NetworkPhases, phase: PhaseDefinition): number {
  const { done, total } = phaseProgress(state, phase);
  return total - done;
}

/** The phase after the given one in the model, undefined at the end. */
export function nextPhaseOf(model: PhaseModel, phaseId: string): PhaseDefinition | undefined {
  const index = model.phases.findIndex((phase) => phase.id === phaseId);
  return index === -1 ? undefined : model.phases[index + 1];
}
