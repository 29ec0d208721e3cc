/**
 * What leaves the phase model when an organisation edits it. Networks keep every tick, own item and
 * note; the phases and checklist items that left are kept aside, so the tracker can still name them
 * under "fjernet fra modellen" and a phase that comes back finds its ticks again.
 */

import type { NetworkPhases } from '../entities';
import { shippedPhaseModel } from './phases';
import type { PhaseChecklistItem as Item, PhaseDefinition, PhaseModel } from './types';

/** Most phases kept aside; the oldest make room first. */
const KEPT_ASIDE_MAX = 200;

/**
 * The phases and items kept aside after `before` is replaced by `next`: those already aside, and
 * whatever `before` had that `next` lacks, minus whatever `next` brings back.
 */
export function keptAside(before: PhaseModel, aside: PhaseDefinition[], next: PhaseModel): PhaseDefinition[] {
  const nextPhases = new Set(next.phases.map((phase) => phase.id));
  const nextItems = new Set(next.phases.flatMap((phase) => phase.checklist.map((item) => item.id)));
  const byId = new Map<string, PhaseDefinition>(aside.map((phase) => [phase.id, phase]));
  for (const phase of before.phases) {
    const gone = phase.checklist.filter((item) => !nextItems.has(item.id));
    if (gone.length === 0 && nextPhases.has(phase.id)) continue;
    const earlier = byId.get(phase.id);
    const items = [...(earlier?.checklist ?? []).filter((item) => !gone.some((g) => g.id === item.id)), ...gone];
    byId.delete(phase.id);
    byId.set(phase.id, { ...phase, checklist: items });
  }
  return [...byId.values()]
    .map((phase) => ({ ...phase, checklist: phase.checklist.filter((item) => !nextItems.has(item.id)) }))
    .filter((phase) => !nextPhases.has(phase.id) || phase.checklist.length > 0)
    .slice(-KEPT_ASIDE_MAX);
}

/** What a network still holds of a phase or items that left the model. */
export interface RemovedPhaseProgress {
  phaseId: string;
  /** The phase's name: as the model names it now, or as it was when it left ('' when nothing names it). */
  name: PhaseDefinition['name'];
  /** True when only some of its items left and the phase itself is still in the model. */
  stillInModel: boolean;
  ticked: Item[];
  ownItems: NetworkPhases['ownItems'];
  note: string;
}

/**
 * Everything a network ticked, added or wrote on phases and items that are no longer in the model,
 * grouped by the phase they belonged to; nothing is left out, even what no kept-aside entry names.
 */
export function removedProgress(
  state: NetworkPhases,
  model: PhaseModel,
  aside: PhaseDefinition[],
): RemovedPhaseProgress[] {
  const inModel = new Set(model.phases.map((phase) => phase.id));
  const modelItems = new Set(model.phases.flatMap((phase) => phase.checklist.map((item) => item.id)));
  const known = [...aside, ...shippedPhaseModel.phases];
  const lost = state.checked.filter((id) => !modelItems.has(id));
  const groups = new Map<string, RemovedPhaseProgress>();
  const group = (phaseId: string): RemovedPhaseProgress => {
    let found = groups.get(phaseId);
    if (!found) {
      const phase = model.phases.find((p) => p.id === phaseId) ?? known.find((p) => p.id === phaseId);
      found = {
        phaseId,
        name: phase?.name ?? { da: '', en: '' },
        stillInModel: inModel.has(phaseId),
        ticked: [],
        ownItems: [],
        note: '',
      };
      groups.set(phaseId, found);
    }
    return found;
  };
  for (const id of lost) {
    const owner = known.find((phase) => phase.checklist.some((item) => item.id === id));
    const item = owner?.checklist.find((i) => i.id === id) ?? { id, text: { da: id, en: id } };
    group(owner?.id ?? '').ticked.push(item);
  }
  for (const item of state.ownItems) if (!inModel.has(item.phaseId)) group(item.phaseId).ownItems.push(item);
  for (const [phaseId, note] of Object.entries(state.notes))
    if (!inModel.has(phaseId) && note.trim() !== '') group(phaseId).note = note;
  return [...groups.values()];
}
