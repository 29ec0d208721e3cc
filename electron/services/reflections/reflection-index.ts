import { reflectionPreview, type Reflection } from '../../shared/entities';
import { foldLetters } from '../../shared/search/danish-text';
import type { Store } from '../storage/store';
import { byNewestDay } from './reflection-search';

/** One journal entry with its searchable text folded the Danish way ("møde" as "moede") and its preview. */
export interface IndexedReflection {
  entry: Reflection;
  text: string;
  preview: string;
}

interface Folded {
  title: string;
  body: string;
  tags: readonly string[];
  answers: Reflection['answers'];
  text: string;
  preview: string;
}

/**
 * The journal's entries newest day first, each with its text folded and its preview made once.
 * Typing in the journal's search asks at every keystroke, so the order and the folding are redone
 * only after a change, and then only for entries whose text changed.
 */
export class ReflectionIndex {
  #revision = -1;
  #entries: IndexedReflection[] = [];
  readonly #folded = new WeakMap<Reflection, Folded>();

  constructor(private readonly store: Store) {}

  /** Every entry, newest day first. */
  entries(): readonly IndexedReflection[] {
    if (this.#revision === this.store.revision) return this.#entries;
    this.#entries = [...this.store.data.reflections].sort(byNewestDay).map((entry) => {
      const { text, preview } = this.#folding(entry);
      return { entry, text, preview };
    });
    this.#revision = this.store.revision;
    return this.#entries;
  }

  // Entries are edited in place, and a fixed clock may leave updatedAt as it was, so the cache is
  // trusted only while the very fields it was made from are the same (edits replace tag and answer lists).
  #folding(entry: Reflection): Folded {
    const cached = this.#folded.get(entry);
    if (
      cached &&
      cached.title === entry.title &&
      cached.body === entry.body &&
      cached.tags === entry.tags &&
      cached.answers === entry.answers
    ) {
      return cached;
    }
    const text = foldLetters([entry.title, entry.body, ...entry.tags, ...entry.answers.map((a) => a.text)].join('\n'));
    const folded = {
      title: entry.title,
      body: entry.body,
      tags: entry.tags,
      answers: entry.answers,
      text,
      preview: reflectionPreview(entry),
    };
    this.#folded.set(entry, folded);
    return folded;
  }
}
