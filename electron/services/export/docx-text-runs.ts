import { ExternalHyperlink, Tab, TextRun, type ParagraphChild } from 'docx';
import { sanitizeXmlText } from './sanitize-xml-text';
import { STYLE_ID } from './docx-theme';

/** Emphasis a run of user text can carry. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

// A web address (with its scheme, or starting www.) or an e-mail address; a full stop or bracket
// right after it is the sentence's, not the address's.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]}'’”]|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/giu;

/**
 * Turns user text into Word content. The text is sanitised here, the one door every piece of user
 * text goes through; line breaks become real line breaks and tabs real tabs, since Word shows a raw
 * newline inside w:t as a space and the user's layout would be lost. Web and e-mail addresses become
 * links in the Hyperlink style, so a reader can click them and Word wraps them as addresses.
 */
export function textRuns(text: string, format: RunFormat = {}): ParagraphChild[] {
  return sanitizeXmlText(text)
    .split('\n')
    .flatMap((line, index) =>
      lineParts(line, index > 0).map((part, partIndex) => {
        const lineBreak = index > 0 && partIndex === 0 ? { break: 1 } : {};
        if (part.link === undefined) return new TextRun({ ...format, ...lineBreak, children: withTabs(part.text) });
        return new ExternalHyperlink({
          link: part.link,
          children: [new TextRun({ ...format, text: part.text, style: STYLE_ID.hyperlink })],
        });
      }),
    );
}

/** The address a link opens: mailto: for an e-mail, https:// before a bare www. address. */
export function linkTarget(address: string): string {
  if (/^https?:\/\//i.test(address)) return address;
  if (/^www\./i.test(address)) return `https://${address}`;
  return `mailto:${address}`;
}

// A line as text and links; it opens with a text part when it must carry the line break.
function lineParts(line: string, needsBreak: boolean): Array<{ text: string; link?: string }> {
  const parts: Array<{ text: string; link?: string }> = [];
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    if (match.index > at || (parts.length === 0 && needsBreak)) parts.push({ text: line.slice(at, match.index) });
    parts.push({ text: match[0], link: linkTarget(match[0]) });
    at = match.index + match[0].length;
  }
  if (at < line.length || parts.length === 0) parts.push({ text: line.slice(at) });
  return parts;
}

function withTabs(line: string): Array<string | Tab> {
  const children: Array<string | Tab> = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return children;
}
