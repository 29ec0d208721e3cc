import SearchableMap from 'minisearch/SearchableMap';

/** How much a match weighs in each of a document's two fields: title, then text. */
const FIELD_BOOST = [3, 1];

// Scoring as MiniSearch does it (BM25+ with its defaults), so moving off its search loop changed no ranking.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** How many times a term occurs in each document (by slot), per field. */
type Postings = [title: Map<number, number>, text: Map<number, number>];

const newPostings = (): Postings => [new Map(), new Map()];

/** One word of a query and how loosely it may match. */
export interface QueryWord {
  term: string;
  prefix: boolean;
  /** Most letters that may differ, 0 for none. */
  maxEdits: number;
}

/** Receives each document that matched every word of a query, with its score. */
export type MatchSink = (id: string, score: number) => void;

/**
 * The inverted index behind global search. MiniSearch's term dictionary finds the terms a word
 * reaches (exactly, as a prefix, or with a slip); the scoring loop is this class's own, because a
 * common word in ten years of notes reaches thousands of documents, and building a result object
 * for each of them took most of a keystroke's time. Scores add up in typed arrays by document slot.
 */
export class TermIndex {
  readonly #terms = new SearchableMap<Postings>();
  readonly #slotOf = new Map<string, number>();
  readonly #ids: string[] = [];
  readonly #termsOf: string[][] = [];
  readonly #lengths: [number[], number[]] = [[], []];
  readonly #lengthSums = [0, 0];
  readonly #freeSlots: number[] = [];
  #scores = new Float64Array(0);
  #wordsMatched = new Uint16Array(0);

  constructor(
    private readonly tokenize: (text: string) => string[],
    private readonly indexTerm: (word: string) => string | null,
  ) {}

  /** How many documents are indexed. */
  get size(): number {
    return this.#slotOf.size;
  }

  /** Indexes a document's fields under its id (which must not be indexed already). */
  add(id: string, fields: readonly [title: string, text: string]): void {
    const slot = this.#freeSlots.pop() ?? this.#ids.length;
    this.#slotOf.set(id, slot);
    this.#ids[slot] = id;
    const seen = new Set<string>();
    fields.forEach((value, field) => {
      const tokens = this.tokenize(value);
      const length = new Set(tokens).size;
      this.#lengths[field as 0 | 1][slot] = length;
      this.#lengthSums[field] = (this.#lengthSums[field] ?? 0) + length;
      for (const token of tokens) {
        const term = this.indexTerm(token);
        if (!term) continue;
        const frequencies = this.#terms.fetch(term, newPostings)[field as 0 | 1];
        frequencies.set(slot, (frequencies.get(slot) ?? 0) + 1);
        seen.add(term);
      }
    });
    this.#termsOf[slot] = [...seen];
  }

  /** Drops a document and every posting of it; its slot is used again. */
  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    for (const term of this.#termsOf[slot] ?? []) {
      const postings = this.#terms.get(term);
      if (!postings) continue;
      postings[0].delete(slot);
      postings[1].delete(slot);
      if (postings[0].size === 0 && postings[1].size === 0) this.#terms.delete(term);
    }
    for (const field of [0, 1] as const)
      this.#lengthSums[field] = (this.#lengthSums[field] ?? 0) - (this.#lengths[field][slot] ?? 0);
    this.#slotOf.delete(id);
    this.#ids[slot] = '';
    this.#termsOf[slot] = [];
    this.#freeSlots.push(slot);
  }

  /**
   * Hands every document that matches all the words to `onMatch`, in the order the last word
   * reached them (as MiniSearch gives them, so equal scores keep its order); each word's score adds
   * up over the terms it reaches and the fields they are in.
   * Returns a lookup of the indexed terms a matched document holds, asked only for the few shown.
   */
  search(words: readonly QueryWord[], onMatch: MatchSink): (id: string) => string[] {
    if (words.length === 0 || this.size === 0) return () => [];
    this.#ensureCapacity();
    const reached = words.map((word) => this.#reach(word));
    // Every slot the first word reached holds a score to clear afterwards; the last word's reach gives the order.
    const touched: number[] = [];
    const order: number[] = [];
    reached.forEach((terms, wordIndex) => {
      const firstReached = wordIndex === 0 ? touched : null;
      const lastReached = wordIndex === words.length - 1 ? order : null;
      for (const [term, weight] of terms) {
        const postings = this.#terms.get(term);
        if (postings) this.#addScores(postings, weight, wordIndex, firstReached, lastReached);
      }
    });
    // MiniSearch multiplies by the number of different words matched; with every word required, that is all of them.
    const quality = new Set(words.map((word) => word.term)).size;
    for (const slot of order) onMatch(this.#ids[slot] ?? '', (this.#scores[slot] ?? 0) * quality);
    for (const slot of touched) {
      this.#scores[slot] = 0;
      this.#wordsMatched[slot] = 0;
    }
    return (id) => {
      const slot = this.#slotOf.get(id);
      return slot === undefined ? [] : this.#termsIn(slot, reached);
    };
  }

  // Adds one term's BM25 score to every document holding it. A document counts as matching the word
  // the first time one of the word's terms reaches it; only those that matched every earlier word go on.
  #addScores(
    postings: Postings,
    weight: number,
    wordIndex: number,
    firstReached: number[] | null,
    lastReached: number[] | null,
  ): void {
    const documents = this.size;
    for (const field of [0, 1] as const) {
      const frequencies = postings[field];
      if (frequencies.size === 0) continue;
      const idf = Math.log(1 + (documents - frequencies.size + 0.5) / (frequencies.size + 0.5));
      const average = (this.#lengthSums[field] ?? 0) / documents;
      const lengths = this.#lengths[field];
      const fieldWeight = weight * (FIELD_BOOST[field] ?? 1);
      for (const [slot, frequency] of frequencies) {
        const wordsSoFar = this.#wordsMatched[slot] ?? 0;
        if (wordsSoFar < wordIndex || wordsSoFar > wordIndex + 1) continue;
        if (wordsSoFar === wordIndex) {
          this.#wordsMatched[slot] = wordIndex + 1;
          firstReached?.push(slot);
          lastReached?.push(slot);
        }
        const length = lengths[slot] ?? 0;
        const bm25 =
          idf *
          (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
        this.#scores[slot] = (this.#scores[slot] ?? 0) + fieldWeight * bm25;
      }
    }
  }

  // The indexed terms a word reaches, each with its weight: itself 1, longer words by prefix a little
  // less the longer they are, words with a slip less again. A term reached both ways counts as a prefix.
  #reach(word: QueryWord): Map<string, number> {
    const reached = new Map<string, number>();
    if (this.#terms.has(word.term)) reached.set(word.term, 1);
    if (word.prefix) {
      for (const [term] of this.#terms.atPrefix(word.term)) {
        const distance = term.length - word.term.length;
        if (distance > 0) reached.set(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (word.maxEdits > 0) {
      for (const [term, [, distance]] of this.#terms.fuzzyGet(word.term, word.maxEdits)) {
        if (distance > 0 && !reached.has(term))
          reached.set(term, (FUZZY_WEIGHT * term.length) / (term.length + distance));
      }
    }
    return reached;
  }

  // Only asked for the few documents kept, so it may look every reached term up again.
  #termsIn(slot: number, reached: Map<string, number>[]): string[] {
    const terms = new Set<string>();
    for (const words of reached) {
      for (const term of words.keys()) {
        const postings = this.#terms.get(term);
        if (postings && (postings[0].has(slot) || postings[1].has(slot))) terms.add(term);
      }
    }
    return [...terms];
  }

  #ensureCapacity(): void {
    if (this.#scores.length >= this.#ids.length) return;
    const capacity = Math.max(1024, this.#ids.length * 2);
    this.#scores = new Float64Array(capacity);
    this.#wordsMatched = new Uint16Array(capacity);
  }
}
