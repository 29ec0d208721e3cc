import type { SearchKind } from '../../shared/contract/search';

export { SEARCH_KINDS, type SearchKind } from '../../shared/contract/search';

/** One searchable thing, flattened from a stored record. */
export interface SearchDocument {
  /** Unique across kinds: `${kind}:${recordId}` (plus a sub-id for items inside a record). */
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
  /** Where the result opens, as a hash route. */
  route: string;
  /** A short line of context (network name, date). */
  context: string;
  private: boolean;
  /** Changes when the source record changes, so unchanged documents are not re-indexed. */
  version: string;
}
