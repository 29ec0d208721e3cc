import type { SearchKind } from '../../shared/contract/search';
import type { SearchDocument } from './search-document';

/** One scored match, before it is turned into a result. */
export interface ScoredMatch {
  doc: SearchDocument;
  score: number;
}

/**
 * Keeps only the best few matches of each kind while matches stream in, so a short query that
 * matches thousands of documents never sorts or keeps them all. On equal scores the earlier
 * match stays, as a stable sort of everything would have it.
 */
export class TopPerKind {
  readonly #best = new Map<SearchKind, ScoredMatch[]>();

  constructor(private readonly limit: number) {}

  offer(match: ScoredMatch): void {
    const kept = this.#best.get(match.doc.kind) ?? [];
    if (kept.length === 0) this.#best.set(match.doc.kind, kept);
    const last = kept.at(-1);
    if (kept.length >= this.limit && last !== undefined && match.score <= last.score) return;
    let at = kept.length;
    while (at > 0 && (kept[at - 1]?.score ?? 0) < match.score) at -= 1;
    kept.splice(at, 0, match);
    if (kept.length > this.limit) kept.pop();
  }

  /** What was kept, each kind's best first (kinds in the order first seen). */
  matches(): ScoredMatch[] {
    return [...this.#best.values()].flat();
  }
}
