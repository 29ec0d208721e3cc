import { notFound } from '../../shared/app-error';
import type { HolderRole, Network, TrashEntry } from '../../shared/entities';
import type { AppData } from '../storage/app-data';
import type { ValidInputOf } from '../../shared/contract';
import { applyPatch, newRecordBase, snapshot } from '../records';
import type { ServiceContext } from '../service-context';
import { findPerson } from '../people/people-service';
import { newNetworkPhases } from '../../shared/domain/phase-progress';
import { activePhaseModel } from '../phase-model/active-model';
import { moveToTrash, takeBackFromTrash } from '../data-safety/trash';

/** Creates, changes, archives and deletes networks and who takes part in them. */
export class NetworksService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Networks newest first; archived ones only when asked for. */
  list(input: ValidInputOf<'networks:list'>): Network[] {
    const all = this.ctx.store.data.networks.filter((n) => input.includeArchived === true || n.archivedAt === null);
    return snapshot(all).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** One network. */
  get(id: string): Network {
    return snapshot(findNetwork(this.ctx.store.data, id));
  }

  /** Adds a network with sensible empty values for everything not given. */
  create(draft: ValidInputOf<'networks:create'>): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network: Network = {
        ...newRecordBase(this.ctx.clock),
        name: draft.name,
        theme: draft.theme ?? '',
        challenge: draft.challenge ?? '',
        ambition: draft.ambition ?? '',
        type: draft.type ?? null,
        startDate: draft.startDate ?? '',
        endDate: draft.endDate ?? '',
        status: draft.status ?? 'forberedelse',
        archivedAt: null,
        roleHolders: { netvaerksleder: null, codriver: null, referenceleder: null, personaleleder: null },
        participants: [],
        phases: newNetworkPhases(snapshot(activePhaseModel(data))),
        example: false,
      };
      data.networks.push(network);
      return snapshot(network);
    });
  }

  /** Changes the given fields. */
  update({ id, patch }: ValidInputOf<'networks:update'>): Promise<Network> {
    return this.ctx.store.mutate((data) => snapshot(applyPatch(findNetwork(data, id), patch, this.ctx.clock)));
  }

  /** Hides a network from daily views, keeping all of it. */
  archive(id: string): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, id);
      return snapshot(
        applyPatch(network, { archivedAt: network.archivedAt ?? this.ctx.clock.now().toISOString() }, this.ctx.clock),
      );
    });
  }

  /** Brings an archived network back. */
  restore(id: string): Promise<Network> {
    return this.ctx.store.mutate((data) =>
      snapshot(applyPatch(findNetwork(data, id), { archivedAt: null }, this.ctx.clock)),
    );
  }

  /** Moves a network to the trash, from where it can be put back. */
  delete(id: string): Promise<TrashEntry> {
    return this.ctx.store.mutate((data) =>
      snapshot(moveToTrash(data, 'network', findNetwork(data, id), this.ctx.clock.now())),
    );
  }

  /** Puts a deleted network back. */
  undoDelete(trashId: string): Promise<Network> {
    return this.ctx.store.mutate((data) =>
      snapshot(
        takeBackFromTrash(data, trashId, 'network', () => notFound('Det slettede netværk', 'The deleted network')),
      ),
    );
  }

  /** Sets or clears the holder of one role. */
  assignRole({ id, role, personId }: ValidInputOf<'networks:assign-role'>): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, id);
      if (personId !== null) findPerson(data, personId);
      const roleHolders: Record<HolderRole, string | null> = { ...network.roleHolders, [role]: personId };
      return snapshot(applyPatch(network, { roleHolders }, this.ctx.clock));
    });
  }

  /** Adds a participant; adding someone already there changes nothing. */
  addParticipant({ id, personId, core }: ValidInputOf<'networks:add-participant'>): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, id);
      findPerson(data, personId);
      if (network.participants.some((p) => p.personId === personId)) return snapshot(network);
      const participants = [...network.participants, { personId, core: core ?? true, note: '' }];
      return snapshot(applyPatch(network, { participants }, this.ctx.clock));
    });
  }

  /** Changes a participant's core flag or note. */
  updateParticipant({ id, personId, patch }: ValidInputOf<'networks:update-participant'>): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, id);
      const current = network.participants.find((p) => p.personId === personId);
      if (!current) throw notFound('Deltageren', 'The participant');
      const participants = network.participants.map((p) =>
        p.personId === personId ? { ...p, core: patch.core ?? p.core, note: patch.note ?? p.note } : p,
      );
      return snapshot(applyPatch(network, { participants }, this.ctx.clock));
    });
  }

  /** Removes a participant. */
  removeParticipant({ id, personId }: ValidInputOf<'networks:remove-participant'>): Promise<Network> {
    return this.ctx.store.mutate((data) => {
      const network = findNetwork(data, id);
      const participants = network.participants.filter((p) => p.personId !== personId);
      return snapshot(applyPatch(network, { participants }, this.ctx.clock));
    });
  }
}

/** The live network record with that id, or a not-found error. */
export function findNetwork(data: AppData, id: string): Network {
  const network = data.networks.find((n) => n.id === id);
  if (!network) throw notFound('Netværket', 'The network');
  return network;
}
