import { isStopWord } from '../../shared/search/danish-stop-words';
import { foldLetters, searchTerm, tokenize } from '../../shared/search/danish-text';
import type { SearchResult } from '../../shared/contract/search';
import { SEARCH_KINDS, type SearchDocument } from './search-document';
import { TermIndex, type QueryWord } from './term-index';
import { TopPerKind } from './top-hits';

/** One hit as the search box shows it. */
export type SearchHit = SearchResult;

/** Shorter words match whole words only: a prefix of one or two letters would match nearly everything. */
const MIN_PREFIX = 3;

/** A slip is one letter in five, but never more than six letters, however long the word. */
const MAX_EDITS = 6;

/**
 * A full-text index over everything the user has written, kept in step incrementally: only
 * documents whose version changed are re-indexed, and removed ones are dropped.
 */
export class SearchIndex {
  readonly #index = new TermIndex(tokenize, indexTerm);
  readonly #docs = new Map<string, SearchDocument>();

  /** Adds one document, or replaces it when its version changed; drops nothing else. */
  put(doc: SearchDocument): void {
    const known = this.#docs.get(doc.id)?.version;
    if (known === doc.version) return;
    if (known !== undefined) this.#index.remove(doc.id);
    this.#index.add(doc.id, [doc.title, doc.text]);
    this.#docs.set(doc.id, doc);
  }

  /** Brings the index in line with the given documents, touching only what changed. */
  sync(documents: SearchDocument[]): { added: number; replaced: number; removed: number } {
    const seen = new Set<string>();
    let added = 0;
    let replaced = 0;
    for (const doc of documents) {
      seen.add(doc.id);
      const known = this.#docs.get(doc.id)?.version;
      if (known === doc.version) continue;
      if (known === undefined) added += 1;
      else replaced += 1;
      this.put(doc);
    }
    let removed = 0;
    for (const id of [...this.#docs.keys()]) {
      if (seen.has(id)) continue;
      this.#index.remove(id);
      this.#docs.delete(id);
      removed += 1;
    }
    return { added, replaced, removed };
  }

  /** Searches with prefixes and a little typo tolerance; titles weigh more than body text. */
  query(text: string, limitPerKind = 8): SearchHit[] {
    const words = queryWords(text).flatMap((word): QueryWord[] => {
      const term = searchTerm(word);
      if (!term) return [];
      return [
        {
          term,
          prefix: term.length >= MIN_PREFIX,
          maxEdits: term.length > 4 ? Math.min(MAX_EDITS, Math.round(term.length * 0.2)) : 0,
        },
      ];
    });
    // Every match passes through here once; keeping the best per kind spares sorting thousands of
    // matches of which the search box shows a few.
    const top = new TopPerKind(limitPerKind);
    const termsOf = this.#index.search(words, (id, score) => {
      const doc = this.#docs.get(id);
      if (doc) top.offer({ doc, score });
    });
    const hits = top.matches().map(({ doc, score }) => {
      const terms = termsOf(doc.id);
      return {
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        context: doc.context,
        route: doc.route,
        private: doc.private,
        snippet: snippetAround(doc.text, terms),
        terms,
        score,
      };
    });
    return hits.sort((a, b) => SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || b.score - a.score);
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.#docs.size;
  }
}

/** Function words are not indexed, so they are left out of a query too ("unge i job" finds "Unge i job"). */
function indexTerm(word: string): string | null {
  return isStopWord(word) ? null : searchTerm(word);
}

/**
 * The query's words without function words, except a last one still being typed: "til" may be
 * the start of "tillid", so it stays and is looked up as a prefix.
 */
function queryWords(text: string): string[] {
  const words = tokenize(text);
  const typing = /[\p{L}\p{N}]$/u.test(text) ? words.at(-1) : undefined;
  return words.filter(
    (word, i) =>
      !isStopWord(word) || (i === words.length - 1 && word === typing && (searchTerm(word)?.length ?? 0) >= MIN_PREFIX),
  );
}

/** About 160 characters of body text around the first matching word. */
function snippetAround(text: string, terms: string[]): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 160) return clean;
  const at = firstMatch(clean, terms);
  const start = Math.max(0, at - 60);
  const slice = clean.slice(start, start + 160);
  return `${start > 0 ? '…' : ''}${slice}${start + 160 < clean.length ? '…' : ''}`;
}

/** Where the first word matching a term starts, or 0. */
function firstMatch(text: string, terms: string[]): number {
  const leads = new Set(terms.map((t) => t[0]));
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    // Folding a whole word is slow and a long text has thousands; a match starts with the same folded letter.
    if (!leads.has(foldedLead(word[0]))) continue;
    const term = searchTerm(word[0]);
    if (term !== null && terms.some((t) => term.startsWith(t) || t.startsWith(term))) return word.index;
  }
  return 0;
}

const leadCache = new Map<string, string>();

/** The first letter of a word as folded for the index ("Ø" → "o"). */
function foldedLead(word: string): string {
  const first = word.charAt(0);
  let lead = leadCache.get(first);
  if (lead === undefined) {
    lead = foldLetters(first).charAt(0);
    leadCache.set(first, lead);
  }
  return lead;
}
