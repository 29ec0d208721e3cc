import type { meetingChannels } from '../../shared/contract/meetings';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';

/** Handlers for the meetings channels. */
export function meetingHandlers(_ctx: ServiceContext): HandlersFor<typeof meetingChannels> {
  return {};
}
