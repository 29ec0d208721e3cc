import { CLOSINGS, OBJECTS, PREDICATES, SUBJECTS } from './danish-words';
import type { Random } from './prng';

/** One plain Danish sentence from the word lists. */
export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(PREDICATES)} ${random.pick(OBJECTS)}.`;
}

/** A few sentences, sometimes ending on a short remark. */
export function paragraph(random: Random, min = 2, max = 4): string {
  const parts = Array.from({ length: random.int(min, max) }, () => sentence(random));
  if (random.chance(0.5)) parts.push(random.pick(CLOSINGS));
  return parts.join(' ');
}

/** A journal body in the journal's small markup: paragraphs, now and then bullets and emphasis. */
export function journalBody(random: Random): string {
  const blocks = [paragraph(random)];
  if (random.chance(0.35))
    blocks.push(Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`).join('\n'));
  if (random.chance(0.5)) blocks.push(paragraph(random, 1, 3));
  const text = blocks.join('\n\n');
  return random.chance(0.3) ? text.replace(/(\w+)\./, '**$1**.') : text;
}

/** Danish letters folded for an e-mail address. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '.');
}
