import type { networkChannels } from '../../shared/contract/networks';
import { loadExampleNetwork } from '../example/example-network';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { NetworksService } from './networks-service';

/** Handlers for networks, their role holders and participants. */
export function networkHandlers(ctx: ServiceContext): HandlersFor<typeof networkChannels> {
  const networks = new NetworksService(ctx);
  return {
    'networks:list': (input) => networks.list(input),
    'networks:get': ({ id }) => networks.get(id),
    'networks:create': (input) => networks.create(input),
    'networks:update': (input) => networks.update(input),
    'networks:archive': ({ id }) => networks.archive(id),
    'networks:restore': ({ id }) => networks.restore(id),
    'networks:delete': ({ id }) => networks.delete(id),
    'networks:undo-delete': ({ trashId }) => networks.undoDelete(trashId),
    'networks:assign-role': (input) => networks.assignRole(input),
    'networks:add-participant': (input) => networks.addParticipant(input),
    'networks:update-participant': (input) => networks.updateParticipant(input),
    'networks:remove-participant': (input) => networks.removeParticipant(input),
    'networks:load-example': () => loadExampleNetwork(ctx),
  };
}
