import type { reflectionChannels } from '../../shared/contract/reflections';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';

/** Handlers for the reflections channels. */
export function reflectionHandlers(_ctx: ServiceContext): HandlersFor<typeof reflectionChannels> {
  return {};
}
