import { phaseLabel, shippedPhaseModel, withPhaseRefs, type PhaseDefinition, type PhaseModel } from '$shared/domain';
import { i18n } from '../i18n/i18n.svelte';

/**
 * The phase model the whole app shows: the tracker, the matrix, the role pages and the texts that
 * name a phase all read it here, so a phase carries one number and one name everywhere.
 */
class PhaseModelState {
  #model = $state.raw<PhaseModel>(shippedPhaseModel);

  /** The model in use. */
  get model(): PhaseModel {
    return this.#model;
  }

  /** Its phases in order. */
  get phases(): PhaseDefinition[] {
    return this.#model.phases;
  }

  /** One phase by id, if the model has it. */
  byId(id: string): PhaseDefinition | undefined {
    return this.#model.phases.find((phase) => phase.id === id);
  }

  /** "2. Netværksdesign" in the interface language. */
  label(phase: PhaseDefinition): string {
    return phaseLabel(phase, i18n.lang);
  }

  /** A domain text with its phase references filled in from the model in use. */
  fill(text: string): string {
    return withPhaseRefs(text, this.#model, i18n.lang);
  }
}

/** The app's phase model. */
export const phaseModel = new PhaseModelState();
