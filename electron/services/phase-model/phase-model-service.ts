import { isDeepStrictEqual } from 'node:util';
import type { ValidInputOf } from '../../shared/contract';
import type { PhaseModelChange, PhaseModelView } from '../../shared/contract/phase-model';
import type { SaveOutcome } from '../../shared/contract/data';
import { AppError } from '../../shared/app-error';
import { keptAside, shippedPhaseModel, type PhaseModel } from '../../shared/domain';
import { phaseModelFileText, readPhaseModelFile } from '../../shared/entities';
import { saveExport, saveRequestFor } from '../export/save-export';
import { snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';
import { activePhaseModel } from './active-model';

/**
 * The organisation's own phase model: edited in Indstillinger, reset to the built-in one, shared
 * as a file. A change never touches a network: ticks on what left the model stay where they are.
 */
export class PhaseModelService {
  constructor(private readonly ctx: ServiceContext) {}

  /** The model in use and what has been taken out of it. */
  get(): PhaseModelView {
    return snapshot(viewOf(this.ctx.store.data));
  }

  /** Makes an edited model the one in use. */
  save({ model }: ValidInputOf<'phasemodel:save'>): Promise<PhaseModelChange> {
    return this.#replace(model);
  }

  /** Goes back to the built-in model. */
  reset(): Promise<PhaseModelChange> {
    return this.#replace(shippedPhaseModel);
  }

  /** Writes the model in use as a file another organisation can import. */
  export(): Promise<SaveOutcome> {
    const model = activePhaseModel(this.ctx.store.data);
    const request = saveRequestFor(`Fasemodel – ${model.name.da}`, 'Gem fasemodel som fil', {
      name: 'Fasemodel',
      extensions: ['json'],
    });
    return saveExport(new TextEncoder().encode(phaseModelFileText(model)), request, this.ctx.saveDialog);
  }

  /** Reads a model file; a bad one is refused with the reason and nothing changes. */
  import({ content }: ValidInputOf<'phasemodel:import'>): Promise<PhaseModelChange> {
    const reading = readPhaseModelFile(content);
    if (!reading.ok) return Promise.reject(new AppError('invalid-input', reading.message.da, reading.message.en));
    return this.#replace(reading.model);
  }

  #replace(next: PhaseModel): Promise<PhaseModelChange> {
    return this.ctx.store.mutate((data) => {
      const previous = snapshot(activePhaseModel(data));
      const removed = keptAside(previous, snapshot(data.phaseModel?.removed ?? []), next);
      const builtIn = isDeepStrictEqual(next, shippedPhaseModel);
      // The built-in model is not stored while nothing is kept aside: a later build's wording then reaches this data too.
      if (builtIn && removed.length === 0) delete data.phaseModel;
      else data.phaseModel = snapshot({ model: next, removed });
      return snapshot({ view: viewOf(data), previous });
    });
  }
}

function viewOf(data: AppData): PhaseModelView {
  const model = snapshot(activePhaseModel(data));
  return { model, edited: !isDeepStrictEqual(model, shippedPhaseModel), removed: data.phaseModel?.removed ?? [] };
}
