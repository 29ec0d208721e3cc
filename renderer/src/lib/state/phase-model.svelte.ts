import type { PhaseModelChange } from '$shared/contract/phase-model';
import {
  namedAsOwn,
  phaseLabel,
  shippedPhaseModel,
  withPhaseRefs,
  type PhaseDefinition,
  type PhaseModel,
} from '$shared/domain';
import { api, call } from '../api';
import { i18n } from '../i18n/i18n.svelte';
import { reloadsFrom } from './changes';

/**
 * The phase model the whole app shows: the tracker, the matrix, the role pages and the texts that
 * name a phase all read it here, so a phase carries one number and one name everywhere. It is the
 * organisation's own model once one is saved in Indstillinger, else the built-in one.
 */
class PhaseModelState {
  constructor() {
    reloadsFrom('phaseModel', () => this.load());
  }

  #model = $state.raw<PhaseModel>(shippedPhaseModel);
  #removed = $state.raw<PhaseDefinition[]>([]);
  #edited = $state(false);
  #generation = $state(0);
  // Edits run one after another, each on the model the one before left, so none is lost.
  #queue: Promise<unknown> = Promise.resolve();

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

  /**
   * Counts the changes that did not come from the editor's own fields (reset, import, undo), so
   * the editor can start its fields afresh instead of keeping what was typed before.
   */
  get generation(): number {
    return this.#generation;
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

  /** Makes a whole other model the one in use (undo); resolves to the model before it. */
  async save(model: PhaseModel): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.save({ model })), true);
  }

  /** Applies one edit to the model as it is when the edit's turn comes; resolves to the model before it. */
  edit(change: (model: PhaseModel) => PhaseModel): Promise<PhaseModel> {
    const run = this.#queue.then(async () => {
      const model = namedAsOwn(change(this.#model));
      return this.#apply(await call(api.phasemodel.save({ model })), false);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Goes back to the built-in model; resolves to the model before, for undo. */
  async reset(): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.reset({})), true);
  }

  /** Reads a model file the user picked; a bad file is refused (quietly: the screen says why next to the button). */
  async import(content: string): Promise<PhaseModel> {
    return this.#apply(await call(api.phasemodel.import({ content }), { quiet: true }), true);
  }

  #apply(change: PhaseModelChange, fromOutside: boolean): PhaseModel {
    this.#take(change.view.model, change.view.removed, change.view.edited);
    if (fromOutside) this.#generation += 1;
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
