import type { agreementChannels } from '../../shared/contract/agreements';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';

/** Handlers for the agreements channels. */
export function agreementHandlers(_ctx: ServiceContext): HandlersFor<typeof agreementChannels> {
  return {};
}
