import type { searchChannels } from '../../shared/contract/search';
import type { HandlersFor } from '../handlers';
import type { ServiceContext } from '../service-context';
import { agreementDocuments, meetingDocuments, reflectionDocuments } from './feature-extractors';
import { networkDocuments, personDocuments } from './search-extractors';
import { SearchService } from './search-service';

/** Handlers for global search. */
export function searchHandlers(ctx: ServiceContext): HandlersFor<typeof searchChannels> {
  const search = new SearchService(ctx.store, [
    networkDocuments,
    personDocuments,
    meetingDocuments,
    reflectionDocuments,
    agreementDocuments,
  ]);
  // Built from the start, between the window's first calls, so the first Ctrl+K finds it ready.
  search.warmUp().catch((error: unknown) => console.error('Building the search index failed', error));
  return {
    'search:query': ({ text }) => search.query(text),
  };
}
