import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../../electron/services/search/search-document';
import type { Extractor } from '../../../../electron/services/search/search-extractors';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import { SearchService, type SearchSource } from '../../../../electron/services/search/search-service';
import { emptyAppData } from '../../../../electron/services/storage/app-data';

const WORDS = ['netværk', 'ældre', 'trivsel', 'borgere', 'pilotforsøg', 'ledelsesrum', 'uddannelse', 'samarbejde'];

/** Many documents of a few hundred words, enough that indexing them takes many slices. */
function documents(count: number, prefix = 'doc'): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    kind: 'reflection',
    title: `Refleksion ${i} om ${WORDS[i % WORDS.length]}`,
    text: Array.from({ length: 100 }, (__, j) => `${WORDS[(i + j) % WORDS.length]}${j % 17}`).join(' '),
    route: `#/refleksioner/${i}`,
    context: '',
    private: false,
    version: '1',
  }));
}

/** A store stand-in whose documents and revision a test can change. */
function source(docs: SearchDocument[]): { store: SearchSource & { revision: number }; extractors: Extractor[] } {
  const store = { revision: 1, data: emptyAppData() };
  return { store, extractors: [() => [...docs]] };
}

describe('the search index built after start', () => {
  it('is built in slices: other work gets its turn before the index is complete', async () => {
    const { store, extractors } = source(documents(800));
    const search = new SearchService(store, extractors);
    let otherWorkRan = false;
    let otherWorkRanBeforeDone = false;
    setTimeout(() => (otherWorkRan = true), 0);
    await search.warmUp().then(() => (otherWorkRanBeforeDone = otherWorkRan));
    expect(otherWorkRanBeforeDone).toBe(true);
  });

  it('answers a query during the build at once from what it holds, says so, and gives the full answer after', async () => {
    const docs = documents(800);
    const { store, extractors } = source(docs);
    const search = new SearchService(store, extractors);
    const building = search.warmUp();
    const early = search.query('pilotforsøg');
    expect(early.complete).toBe(false);
    await building;
    const full = search.query('pilotforsøg');
    expect(full.complete).toBe(true);
    // The same answer a complete index built in one go gives.
    const reference = new SearchIndex();
    reference.sync(docs);
    expect(full.hits).toEqual(reference.query('pilotforsøg'));
    expect(full.hits.length).toBeGreaterThan(early.hits.length);
  });

  it('catches up with what changed while it was being built', async () => {
    const docs = documents(500);
    const { store, extractors } = source(docs);
    const search = new SearchService(store, extractors);
    const building = search.warmUp();
    docs.push({ ...documents(1, 'ny')[0]!, title: 'Helt ny tanke om kommunalbestyrelsen' });
    docs.splice(0, 1);
    store.revision += 1;
    await building;
    const answer = search.query('kommunalbestyrelsen');
    expect(answer.hits.map((hit) => hit.id)).toEqual(['ny-0']);
    expect(search.query('Refleksion 0 om').hits.map((hit) => hit.id)).not.toContain('doc-0');
  });

  it('builds the index on the first query when no warm-up ran, as before', () => {
    const { store, extractors } = source(documents(50));
    const search = new SearchService(store, extractors);
    const answer = search.query('trivsel');
    expect(answer.complete).toBe(true);
    expect(answer.hits.length).toBeGreaterThan(0);
  });
});
