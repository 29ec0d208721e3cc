import { foldLetters } from './danish-text';

// Danish function words, spelled as folded ("paa" for "på"). They occur in nearly every text, so
// indexing them makes the index large and every query that touches them slow, and nobody searches for them.
// Words that can carry meaning on their own ("mod", "efter", "over", "under") are left out of the list.
const WORDS =
  'og i jeg det at en den til er som paa de med han af for ikke der var mig sig men et har om vi min havde ham hun nu da fra du ud sin dem os op man hans hvor eller hvad skal her vil blev kunne ind naar vaere dog noget ville jo deres ned skulle denne end dette mit ogsaa have dig hende mine alt sit sine vor disse hvis din nogle hos blive ad bliver hendes vaeret jer saadan';

const STOP_WORDS = new Set(WORDS.split(' '));

/** True for a Danish function word ("og", "på", "Vi"), which search leaves out. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldLetters(word));
}
