import * as v from 'valibot';
import { channel } from './channel';

/** The longest search text a query may carry; the search box holds the user to it. */
export const SEARCH_TEXT_MAX = 200;

/** The kinds of things global search finds, in the order results are grouped. */
export const SEARCH_KINDS = [
  'network',
  'person',
  'meeting',
  'agendaItem',
  'decision',
  'actionItem',
  'reflection',
  'agreement',
] as const;

/** One kind of search result. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One search result as the search box shows it. */
export interface SearchResult {
  id: string;
  kind: SearchKind;
  title: string;
  context: string;
  route: string;
  private: boolean;
  snippet: string;
  /** Normalised terms that matched, for marking words in the title and snippet. */
  terms: string[];
  score: number;
}

/** A search's hits, and whether the index held everything when it answered. */
export interface SearchAnswer {
  hits: SearchResult[];
  /** False while the index is still being built after start: asking again shortly gives the full answer. */
  complete: boolean;
}

/** Channels for global search. */
export const searchChannels = {
  'search:query': channel<SearchAnswer>()({
    input: v.strictObject({ text: v.pipe(v.string(), v.maxLength(SEARCH_TEXT_MAX)) }),
    mutates: false,
    doc: 'Searches everything the user has written; results grouped by kind, and whether the index was complete.',
  }),
};
