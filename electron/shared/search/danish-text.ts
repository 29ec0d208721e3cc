/**
 * Danish-aware normalisation for search: "møde", "moede" and "Møde" become one term, and common
 * inflections are folded so "aftale" finds "aftaler" and "aftalerne".
 */

/** Spellings of æ, ø, å (and foreign accents) folded to plain letters. */
export function foldLetters(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

// Longest first, so "erne" is tried before "er" and "e".
const SUFFIXES = ['erne', 'ende', 'ene', 'er', 'en', 'et', 'e'];

/** A light Danish stem: strips a genitive s and one common inflection from words long enough to keep a root of four letters. */
export function stemDanish(word: string): string {
  // The genitive s comes last ("netværkets"), so it goes first.
  const term = word.length > 5 && word.endsWith('s') ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (term.length - suffix.length >= 4 && term.endsWith(suffix)) return term.slice(0, -suffix.length);
  }
  return term;
}

/** The search term a word is indexed and looked up under. */
export function searchTerm(word: string): string | null {
  const folded = foldLetters(word).replace(/[^\p{L}\p{N}]/gu, '');
  if (folded.length === 0) return null;
  return stemDanish(folded);
}

/** Splits text into words the way users think of them (letters and digits, keeping æøå). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
