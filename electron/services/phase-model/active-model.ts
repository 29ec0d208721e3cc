import { shippedPhaseModel, type PhaseModel } from '../../shared/domain';
import type { AppData } from '../storage/app-data';

/** The phase model every network, screen and document follows: the organisation's own, or the built-in one. */
export function activePhaseModel(data: AppData): PhaseModel {
  return data.phaseModel?.model ?? shippedPhaseModel;
}
