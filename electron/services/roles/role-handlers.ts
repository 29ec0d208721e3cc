import type { roleChannels } from '../../shared/contract/roles';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';

/** Handlers for the roles channels. */
export function roleHandlers(_ctx: ServiceContext): HandlersFor<typeof roleChannels> {
  return {};
}
