import type { Network } from '$shared/entities';
import { api, call } from '../api';
import { networks } from './networks.svelte';
import { saveStatus } from './save-status.svelte';

/**
 * The phase tracker's changes. Each one goes through the contract; the network the services return
 * replaces the loaded copy, so the network page and its card in Overblik show it at once.
 */
class PhasesState {
  /** Ticks or unticks a checklist item (the model's or the network's own). */
  async setItemDone(networkId: string, itemId: string, done: boolean): Promise<void> {
    await this.#save(() => call(api.phases.setItemDone({ networkId, itemId, done })));
  }

  /** Adds the network's own item to a phase and returns the new item's id. */
  async addItem(networkId: string, phaseId: string, text: string): Promise<string> {
    const updated = await this.#save(() => call(api.phases.addItem({ networkId, phaseId, text })));
    return updated.phases?.ownItems.at(-1)?.id ?? '';
  }

  /** Removes one of the network's own items and returns a function that puts it back, ticked as it was. */
  async removeItem(networkId: string, itemId: string): Promise<() => Promise<void>> {
    const before = networks.byId(networkId)?.phases?.ownItems.find((item) => item.id === itemId);
    await this.#save(() => call(api.phases.removeItem({ networkId, itemId })));
    return async () => {
      if (!before) return;
      const id = await this.addItem(networkId, before.phaseId, before.text);
      if (before.done && id) await this.setItemDone(networkId, id, true);
    };
  }

  /** Saves the note of a phase (called by the autosaving text field). */
  async setNote(networkId: string, phaseId: string, note: string): Promise<void> {
    await this.#save(() => call(api.phases.setNote({ networkId, phaseId, note })));
  }

  /** Makes a phase the network's current one. */
  async move(networkId: string, phaseId: string): Promise<void> {
    await this.#save(() => call(api.phases.move({ networkId, phaseId })));
  }

  async #save(change: () => Promise<Network>): Promise<Network> {
    return networks.put(await saveStatus.track(change));
  }
}

/** The app's phase tracker actions. */
export const phases = new PhasesState();
