import type { phaseModelChannels } from '../../shared/contract/phase-model';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { PhaseModelService } from './phase-model-service';

/** Handlers for the organisation's own phase model. */
export function phaseModelHandlers(ctx: ServiceContext): HandlersFor<typeof phaseModelChannels> {
  const service = new PhaseModelService(ctx);
  return {
    'phasemodel:get': () => service.get(),
    'phasemodel:save': (input) => service.save(input),
    'phasemodel:reset': () => service.reset(),
    'phasemodel:export': () => service.export(),
    'phasemodel:import': (input) => service.import(input),
  };
}
