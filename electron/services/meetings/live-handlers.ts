import type { meetingLiveChannels } from '../../shared/contract/meeting-live';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { LiveMeetingService } from './live-service';

/** Handlers for the live meeting channels. */
export function meetingLiveHandlers(ctx: ServiceContext): HandlersFor<typeof meetingLiveChannels> {
  const live = new LiveMeetingService(ctx);
  return {
    'live:start': (input) => live.start(input),
    'live:pause': (input) => live.pause(input),
    'live:resume': (input) => live.resume(input),
    'live:next': (input) => live.next(input),
    'live:previous': (input) => live.previous(input),
    'live:adjust': (input) => live.adjust(input),
    'live:capture': (input) => live.capture(input),
    'live:update-note': (input) => live.updateNote(input),
    'live:remove-note': (input) => live.removeNote(input),
    'live:save-draft': (input) => live.saveDraft(input),
    'live:end': (input) => live.end(input),
    'live:projection': ({ id }) => live.projection(id),
  };
}
