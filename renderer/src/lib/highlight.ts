import { searchTerm } from '$shared/search/danish-text';

/** A piece of text and whether it matched the search. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits text into parts, marking words whose normalised form matches one of the search terms. */
export function highlight(text: string, terms: string[]): TextPart[] {
  const parts: TextPart[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const term = searchTerm(piece);
    const match = term !== null && terms.some((t) => term.startsWith(t) || (t.length > 3 && t.startsWith(term)));
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
