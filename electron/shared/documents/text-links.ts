/**
 * Web and e-mail addresses in document text, found once for the Word file and the print view, so
 * both make the same words clickable.
 */

// A web address (with its scheme, or starting www.) or an e-mail address; a full stop or bracket
// right after it is the sentence's, not the address's.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]}'’”]|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/giu;

/** A stretch of one line: plain text, or an address with the target it opens. */
export interface TextPart {
  text: string;
  link?: string;
}

/** The address a link opens: mailto: for an e-mail, https:// before a bare www. address. */
export function linkTarget(address: string): string {
  if (/^https?:\/\//i.test(address)) return address;
  if (/^www\./i.test(address)) return `https://${address}`;
  return `mailto:${address}`;
}

/** A line as text and links; it opens with a text part when it must carry a line break. */
export function lineParts(line: string, needsBreak = false): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    if (match.index > at || (parts.length === 0 && needsBreak)) parts.push({ text: line.slice(at, match.index) });
    parts.push({ text: match[0], link: linkTarget(match[0]) });
    at = match.index + match[0].length;
  }
  if (at < line.length || parts.length === 0) parts.push({ text: line.slice(at) });
  return parts;
}
