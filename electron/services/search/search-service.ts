import type { ServiceContext } from '../service-context';
import type { Extractor } from './search-extractors';
import { SearchIndex, type SearchHit } from './search-index';

/** Global search: keeps the index in step with the data (only when it changed) and answers queries. */
export class SearchService {
  readonly #index = new SearchIndex();
  #indexedRevision = -1;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly extractors: Extractor[],
  ) {}

  /** Hits for a query, grouped by kind; private reflections are included and marked for the local user. */
  query(text: string): SearchHit[] {
    this.refresh();
    return this.#index.query(text);
  }

  /** Re-indexes what changed since the last query; nothing at all when the data did not change. */
  refresh(): void {
    if (this.#indexedRevision === this.ctx.store.revision) return;
    this.#index.sync(this.extractors.flatMap((extract) => extract(this.ctx.store.data)));
    this.#indexedRevision = this.ctx.store.revision;
  }
}
