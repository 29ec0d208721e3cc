import MiniSearch from 'minisearch';
import { searchTerm, tokenize } from '../../shared/search/danish-text';
import type { SearchKind, SearchResult } from '../../shared/contract/search';
import { SEARCH_KINDS, type SearchDocument } from './search-document';

/** One hit as the search box shows it. */
export type SearchHit = SearchResult;

type Stored = Pick<SearchDocument, 'kind' | 'title' | 'context' | 'route' | 'private' | 'text'>;

/**
 * A full-text index over everything the user has written, kept in step incrementally: only
 * documents whose version changed are re-indexed, and removed ones are dropped.
 */
export class SearchIndex {
  readonly #index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'context', 'route', 'private', 'text'],
    tokenize,
    processTerm: searchTerm,
  });
  readonly #versions = new Map<string, string>();

  /** Brings the index in line with the given documents, touching only what changed. */
  sync(documents: SearchDocument[]): { added: number; replaced: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let replaced = 0;
    for (const doc of documents) {
      seen.add(doc.id);
      const known = this.#versions.get(doc.id);
      if (known === doc.version) continue;
      if (known === undefined) added += 1;
      else {
        this.#index.discard(doc.id);
        replaced += 1;
      }
      this.#index.add(doc);
      this.#versions.set(doc.id, doc.version);
    }
    let removed = 0;
    for (const id of [...this.#versions.keys()]) {
      if (seen.has(id)) continue;
      this.#index.discard(id);
      this.#versions.delete(id);
      removed += 1;
    }
    return { added, replaced, removed };
  }

  /** Searches with prefixes and a little typo tolerance; titles weigh more than body text. */
  query(text: string, limitPerKind = 8): SearchHit[] {
    if (!text.trim()) return [];
    const results = this.#index.search(text, {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      boost: { title: 3 },
      combineWith: 'AND',
    });
    const perKind = new Map<SearchKind, number>();
    const hits: SearchHit[] = [];
    for (const result of results) {
      const stored = result as unknown as Stored & { id: string; score: number; terms: string[] };
      const count = perKind.get(stored.kind) ?? 0;
      if (count >= limitPerKind) continue;
      perKind.set(stored.kind, count + 1);
      hits.push({
        id: stored.id,
        kind: stored.kind,
        title: stored.title,
        context: stored.context,
        route: stored.route,
        private: stored.private,
        snippet: snippetAround(stored.text, stored.terms),
        terms: stored.terms,
        score: stored.score,
      });
    }
    return hits.sort((a, b) => SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || b.score - a.score);
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.#versions.size;
  }
}

/** About 160 characters of body text around the first matching word. */
function snippetAround(text: string, terms: string[]): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 160) return clean;
  const words = [...clean.matchAll(/[\p{L}\p{N}]+/gu)];
  const hit = words.find((w) => {
    const term = searchTerm(w[0]);
    return term !== null && terms.some((t) => term.startsWith(t) || t.startsWith(term));
  });
  const at = hit?.index ?? 0;
  const start = Math.max(0, at - 60);
  const slice = clean.slice(start, start + 160);
  return `${start > 0 ? '…' : ''}${slice}${start + 160 < clean.length ? '…' : ''}`;
}
