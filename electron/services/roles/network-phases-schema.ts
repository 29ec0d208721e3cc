import * as v from 'valibot';
import { newNetworkPhases } from '../../shared/domain/phase-progress';

/**
 * The data-file check for a network's phase-tracker state. Networks saved before the tracker
 * existed have no such field; they get a fresh state (first phase, nothing ticked) when read.
 */
export const networkPhasesSchema = v.optional(
  v.looseObject({
    modelId: v.string(),
    currentPhaseId: v.string(),
    checked: v.array(v.string()),
    ownItems: v.array(v.looseObject({ id: v.string(), phaseId: v.string(), text: v.string(), done: v.boolean() })),
    notes: v.record(v.string(), v.string()),
  }),
  () => {
    const fresh = newNetworkPhases();
    return { modelId: fresh.modelId, currentPhaseId: fresh.currentPhaseId, checked: [], ownItems: [], notes: {} };
  },
);
