import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../shared/app-error';
import type { ValidInputOf } from '../../shared/contract';
import { phasesOf } from '../../shared/domain/phase-progress';
import type { PhaseDefinition, PhaseModel } from '../../shared/domain';
import type { Network, NetworkPhases } from '../../shared/entities';
import { findNetwork } from '../networks/networks-service';
import { activePhaseModel } from '../phase-model/active-model';
import { applyPatch, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import type { AppData } from '../storage/app-data';

/** Most own items one phase may hold; a guard against runaway input, far above real use. */
export const MAX_OWN_ITEMS_PER_PHASE = 100;

/**
 * The phase tracker of a network: ticking checklist items, the network's own items, a note per
 * phase and which phase it is in. Every change is checked before the data is touched.
 */
export class PhasesService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Ticks or unticks a model item or one of the network's own items. */
  setItemDone({ networkId, itemId, done }: ValidInputOf<'phases:set-item-done'>): Promise<Network> {
    return this.#change(networkId, (state, model) => {
      const own = state.ownItems.find((item) => item.id === itemId);
      if (own) {
        return { ...state, ownItems: state.ownItems.map((item) => (item.id === itemId ? { ...item, done } : item)) };
      }
      if (!modelItemIds(model).has(itemId)) throw notFound('Punktet på tjeklisten', 'The checklist item');
      const others = state.checked.filter((id) => id !== itemId);
      return { ...state, checked: done ? [...others, itemId] : others };
    });
  }

  /** Adds the network's own item to a phase. */
  addItem({ networkId, phaseId, text }: ValidInputOf<'phases:add-item'>): Promise<Network> {
    return this.#change(networkId, (state, model) => {
      requirePhase(model, phaseId);
      if (state.ownItems.filter((item) => item.phaseId === phaseId).length >= MAX_OWN_ITEMS_PER_PHASE) {
        throw new AppError(
          'invalid-input',
          `En fase kan højst have ${MAX_OWN_ITEMS_PER_PHASE} egne punkter. Slet nogle, før du tilføjer flere.`,
          `A phase can hold at most ${MAX_OWN_ITEMS_PER_PHASE} own items. Remove some before adding more.`,
        );
      }
      return { ...state, ownItems: [...state.ownItems, { id: randomUUID(), phaseId, text, done: false }] };
    });
  }

  /** Removes one of the network's own items; the model's items are never removed, only unticked. */
  removeItem({ networkId, itemId }: ValidInputOf<'phases:remove-item'>): Promise<Network> {
    return this.#change(networkId, (state, model) => {
      if (!state.ownItems.some((item) => item.id === itemId)) {
        if (modelItemIds(model).has(itemId)) {
          throw new AppError(
            'invalid-input',
            'Punkter fra netværksmodellen kan ikke slettes, kun krydses af.',
            'Items from the network model cannot be removed, only ticked.',
          );
        }
        throw notFound('Punktet på tjeklisten', 'The checklist item');
      }
      return { ...state, ownItems: state.ownItems.filter((item) => item.id !== itemId) };
    });
  }

  /** Saves the note of one phase; an empty note is dropped rather than kept as an empty string. */
  setNote({ networkId, phaseId, note }: ValidInputOf<'phases:set-note'>): Promise<Network> {
    return this.#change(networkId, (state, model) => {
      requirePhase(model, phaseId);
      const notes = { ...state.notes };
      if (note.trim() === '') delete notes[phaseId];
      else notes[phaseId] = note;
      return { ...state, notes };
    });
  }

  /** Makes a phase the current one; the question about open items belongs to the screen. */
  move({ networkId, phaseId }: ValidInputOf<'phases:move'>): Promise<Network> {
    return this.#change(networkId, (state, model) => {
      requirePhase(model, phaseId);
      return { ...state, currentPhaseId: phaseId };
    });
  }

  // Works out the new state before touching the record, so a refused change leaves it as it was.
  #change(networkId: string, next: (state: NetworkPhases, model: PhaseModel) => NetworkPhases): Promise<Network> {
    return this.ctx.store.mutate((data: AppData) => {
      const network = findNetwork(data, networkId);
      const phases = next(snapshot(phasesOf(network)), activePhaseModel(data));
      return snapshot(applyPatch(network, { phases }, this.ctx.clock));
    });
  }
}

function requirePhase(model: PhaseModel, phaseId: string): PhaseDefinition {
  const phase = model.phases.find((p) => p.id === phaseId);
  if (!phase) throw notFound('Fasen', 'The phase');
  return phase;
}

function modelItemIds(model: PhaseModel): Set<string> {
  return new Set(model.phases.flatMap((phase) => phase.checklist.map((item) => item.id)));
}
