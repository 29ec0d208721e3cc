import type { InputOf } from '$shared/contract';
import type { HolderRole, Network } from '$shared/entities';
import { api, call } from '../api';
import { saveStatus } from './save-status.svelte';

type NetworkPatch = InputOf<'networks:update'>['patch'];

/** All networks the user has, kept in step with the services. */
class NetworksState {
  #all = $state.raw<Network[]>([]);
  #loaded = $state(false);

  /** True once the first load has finished. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Networks in use, newest first. */
  get active(): Network[] {
    return this.#all.filter((n) => n.archivedAt === null);
  }

  /** Every network including archived ones. */
  get all(): Network[] {
    return this.#all;
  }

  /** One network by id, if loaded. */
  byId(id: string): Network | undefined {
    return this.#all.find((n) => n.id === id);
  }

  /** Loads every network, archived included. */
  async load(): Promise<void> {
    this.#all = await call(api.networks.list({ includeArchived: true }));
    this.#loaded = true;
  }

  /** Creates a network and returns it. */
  async create(name: string): Promise<Network> {
    const network = await saveStatus.track(() => call(api.networks.create({ name })));
    this.#all = [network, ...this.#all];
    return network;
  }

  /** Saves some fields; the screen shows the new value at once, the services confirm it. */
  async update(id: string, patch: NetworkPatch): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.networks.update({ id, patch }))));
  }

  /** Archives a network. */
  async archive(id: string): Promise<Network> {
    return this.#replace(await saveStatus.track(() => call(api.networks.archive({ id }))));
  }

  /** Restores an archived network. */
  async restore(id: string): Promise<Network> {
    return this.#replace(await saveStatus.track(() => call(api.networks.restore({ id }))));
  }

  /** Deletes a network and returns a function that undoes it. */
  async remove(id: string): Promise<() => Promise<void>> {
    const entry = await saveStatus.track(() => call(api.networks.delete({ id })));
    this.#all = this.#all.filter((n) => n.id !== id);
    return async () => {
      const network = await saveStatus.track(() => call(api.networks.undoDelete({ trashId: entry.id })));
      this.#all = [network, ...this.#all];
    };
  }

  /** Sets or clears a role holder. */
  async assignRole(id: string, role: HolderRole, personId: string | null): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.networks.assignRole({ id, role, personId }))));
  }

  /** Adds a participant. */
  async addParticipant(id: string, personId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.networks.addParticipant({ id, personId }))));
  }

  /** Changes a participant's core flag or note. */
  async updateParticipant(id: string, personId: string, patch: { core?: boolean; note?: string }): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.networks.updateParticipant({ id, personId, patch }))));
  }

  /** Removes a participant. */
  async removeParticipant(id: string, personId: string): Promise<void> {
    this.#replace(await saveStatus.track(() => call(api.networks.removeParticipant({ id, personId }))));
  }

  /** Loads the example network (and its people). */
  async loadExample(): Promise<Network> {
    const network = await saveStatus.track(() => call(api.networks.loadExample({})));
    await this.load();
    return network;
  }

  /** Shows a network as the services returned it after a change made elsewhere (e.g. its phases). */
  put(network: Network): Network {
    return this.#replace(network);
  }

  #replace(network: Network): Network {
    const index = this.#all.findIndex((n) => n.id === network.id);
    if (index === -1) this.#all = [network, ...this.#all];
    else this.#all = this.#all.with(index, network);
    return network;
  }
}

/** The app's networks. */
export const networks = new NetworksState();
