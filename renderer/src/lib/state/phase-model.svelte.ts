import type { PhaseModelChange } from '$shared/contract/phase-model';
import { phaseLabel, shippedPhaseModel, withPhaseRefs, type PhaseDefinition, type PhaseModel } from '$shared/domain';
import { api, call } from '../api';
import { i18n } from '../i18n/i18n.svelte';

/**
 * The phase model the whole app shows: the tracker, the matrix, the role pages and the texts that
 * name a phase all read it here, so a phase carries one number and one name everywhere. It is the
 * organisation's own model once one is saved in Indstillinger, else the built-in one.
 */
class PhaseModelState {
  #model = $state.raw<PhaseModel>(shippedPhaseModel);
  #removed = $state.raw<PhaseDefinition[]>([]);
  #edited = $state(false);

  /** The model in use. */
  get model(): PhaseModel {
    return this.#model;
  }

  /** Its phases in order. */
  get phases(): PhaseDefinition[] {
    return this.#model.phases;
  }

  /** Phases and items taken out of the model, kept so a network's ticks on them can be named. */
  get removed(): PhaseDefinition[] {
    return this.#removed;
  }

  /** False while the built-in model is used unchanged. */
  get edited(): boolean {
    return this.#edited;
  }

  /** One phase by id, if the model has it. */
  byId(id: string): PhaseDefinition | undefined {
    return this.#model.phases.find((phase) => phase.id === id);
  }

  /** "2. Netværksdesign" in the interface language. */
  label(phase: Pick<PhaseDefinition, 'number' | 'name'>): string {
    return phaseLabel(phase, i18n.lang);
  }

  /** A domain text with its phase references filled in from the model in use. */
  fill(text: string): string {
    return withPhaseRefs(text, this.#model, i18n.lang);
  }

  /** Reads the model in use from the data. */
  async load(): Promise<void> {
    const view = await call(api.phasemodel.get({}));
    this.#take(view.model, view.removed, view.edited);
  }

  /** Makes an edited model the one in use; resolves to the model before, for undo. */
  async save(model: PhaseModel): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.save({ model })));
  }

  /** Goes back to the built-in model; resolves to the model before, for undo. */
  async reset(): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.reset({})));
  }

  /** Reads a model file the user picked; a bad file is refused with the service's words. */
  async import(content: string): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.import({ content })));
  }

  #apply(change: PhaseModelChange): PhaseModel {
    this.#take(change.view.model, change.view.removed, change.view.edited);
    return change.previous;
  }

  #take(model: PhaseModel, removed: PhaseDefinition[], edited: boolean): void {
    this.#model = model;
    this.#removed = removed;
    this.#edited = edited;
  }
}

/** The app's phase model. */
export const phaseModel = new PhaseModelState();
