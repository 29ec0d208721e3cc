/**
 * The small markup a reflection's free text may use: blank lines between paragraphs, lines starting
 * with "- " as bullets, **bold** and *italic*. It is parsed into plain data, never HTML, so the
 * screen and the Word export each build their own elements and user text can never become markup.
 */

/** A stretch of text with one emphasis. */
export interface MarkupSpan {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** One line of a paragraph or one bullet item. */
export type MarkupLine = MarkupSpan[];

/** A paragraph (its lines keep the writer's line breaks) or a bulleted list. */
export type MarkupBlock = { type: 'paragraph'; lines: MarkupLine[] } | { type: 'bullets'; items: MarkupLine[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
// Emphasis must hug its text ("** x**" stays literal), so stray asterisks in prose are left alone.
const INLINE = /\*\*(?=\S)([\s\S]+?)(?<=\S)\*\*|\*(?=[^\s*])([\s\S]+?)(?<=[^\s*])\*/g;

/** Splits reflection text into paragraphs and bullet lists with their emphasis. */
export function parseReflectionMarkup(source: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  let current: MarkupBlock | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (current?.type !== 'bullets') blocks.push((current = { type: 'bullets', items: [] }));
      current.items.push(parseInline(bullet[1] ?? ''));
    } else {
      if (current?.type !== 'paragraph') blocks.push((current = { type: 'paragraph', lines: [] }));
      current.lines.push(parseInline(raw.trimEnd()));
    }
  }
  return blocks;
}

/** The text of a line without its emphasis, for places that show plain text. */
export function plainLine(line: MarkupLine): string {
  return line.map((span) => span.text).join('');
}

/** The text of a whole entry body without markers, e.g. for a one-line preview. */
export function plainReflectionText(source: string): string {
  return parseReflectionMarkup(source)
    .map((block) =>
      block.type === 'paragraph'
        ? block.lines.map(plainLine).join(' ')
        : block.items.map((item) => `– ${plainLine(item)}`).join(' '),
    )
    .join(' ');
}

function parseInline(text: string, bold = false, italic = false): MarkupLine {
  const spans: MarkupSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) spans.push({ text: text.slice(last, match.index), bold, italic });
    if (match[1] !== undefined) spans.push(...parseInline(match[1], true, italic));
    else spans.push({ text: match[2] ?? '', bold, italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last), bold, italic });
  return mergeAlike(spans);
}

function mergeAlike(spans: MarkupSpan[]): MarkupSpan[] {
  const merged: MarkupSpan[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous && previous.bold === span.bold && previous.italic === span.italic) previous.text += span.text;
    else if (span.text !== '') merged.push({ ...span });
  }
  return merged;
}
