import type { SearchAnswer } from '../../shared/contract/search';
import { hidesPrivate } from '../privacy/screen-sharing';
import type { AppData } from '../storage/app-data';
import type { Extractor } from './search-extractors';
import { SearchIndex } from './search-index';

/** What search reads: the data, and its revision to tell whether it changed (the store is one). */
export interface SearchSource {
  readonly revision: number;
  readonly data: AppData;
}

/** How long one slice of the warm-up may hold the process before calls waiting for it get their turn. */
const SLICE_MS = 8;

/** Hands the turn to whatever waits (a call from the window), and comes back when it is done. */
const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    // Not holding the process open: a host that closes need not wait for an index nobody will ask.
    setTimeout(resolve, 0).unref?.();
  });

/**
 * Global search. The index is built in short slices right after start, between the window's own
 * calls, so it is ready before the first Ctrl+K; a query that comes while it is still being built
 * answers at once from what is indexed so far and says so, and never waits for the rest.
 * Afterwards it keeps in step with the data, touching only what changed.
 */
export class SearchService {
  readonly #index = new SearchIndex();
  #indexedRevision = -1;
  #warming = false;

  constructor(
    private readonly store: SearchSource,
    private readonly extractors: Extractor[],
  ) {}

  /** Starts building the index in slices; resolves when it is complete. */
  async warmUp(): Promise<void> {
    if (this.#warming || this.#indexedRevision !== -1) return;
    this.#warming = true;
    try {
      const revision = this.store.revision;
      const data = this.store.data;
      let sliceStart = performance.now();
      const breathe = async () => {
        if (performance.now() - sliceStart < SLICE_MS) return;
        await nextTurn();
        sliceStart = performance.now();
      };
      for (const extract of this.extractors) {
        await breathe();
        for (const doc of extract(data)) {
          this.#index.put(doc);
          await breathe();
        }
      }
      // What changed while it was built is caught up by the next query, as any later change is.
      this.#indexedRevision = revision;
    } finally {
      this.#warming = false;
    }
  }

  /**
   * Hits for a query, grouped by kind; private reflections are included and marked for the local user,
   * and left out while "Skjul private" is on.
   */
  query(text: string): SearchAnswer {
    const complete = !this.#warming;
    if (complete) this.refresh();
    const hits = this.#index.query(text);
    return { hits: hidesPrivate(this.store.data) ? hits.filter((hit) => !hit.private) : hits, complete };
  }

  /** Re-indexes what changed since the last query; nothing at all when the data did not change. */
  refresh(): void {
    if (this.#indexedRevision === this.store.revision) return;
    this.#index.sync(this.extractors.flatMap((extract) => extract(this.store.data)));
    this.#indexedRevision = this.store.revision;
  }
}
