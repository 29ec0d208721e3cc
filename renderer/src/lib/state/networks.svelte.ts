import type { InputOf } from '$shared/contract';
import type { HolderRole, Network } from '$shared/entities';
import { api, call } from '../api';
import { changed, reloadsFrom } from './changes';
import { saveStatus } from './save-status.svelte';
import { moveToTrash } from './trash';

type NetworkPatch = InputOf<'networks:update'>['patch'];

/** All networks the user has, kept in step with the services. */
class NetworksState {
  #all = $state.raw<Network[]>([]);
  #loaded = $state(false);

  constructor() {
    reloadsFrom('networks', () => this.load());
  }

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
    const network = this.#replace(await saveStatus.track(() => call(api.networks.archive({ id }))));
    await changed(['openActions']);
    return network;
  }

  /** Restores an archived network. */
  async restore(id: string): Promise<Network> {
    const network = this.#replace(await saveStatus.track(() => call(api.networks.restore({ id }))));
    await changed(['openActions']);
    return network;
  }

  /** Deletes a network and returns a function that undoes it. */
  async remove(id: string): Promise<() => Promise<void>> {
    return moveToTrash({
      delete: () => api.networks.delete({ id }),
      undo: (trashId) => api.networks.undoDelete({ trashId }),
      gone: async () => {
        this.#all = this.#all.filter((n) => n.id !== id);
        await changed(['openActions']);
      },
      back: async (network) => {
        this.#all = [network, ...this.#all];
        await changed(['openActions']);
      },
    });
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

  /** Loads the example network (and its people, meetings and entries); the caller reloads everything once. */
  async loadExample(): Promise<Network> {
    return saveStatus.track(() => call(api.networks.loadExample({})));
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
