import { Paragraph, type FileChild, type IParagraphOptions } from 'docx';
import type { DocBlock } from './document-model';
import type { DocxLabels } from './docx-labels';
import { signatureTable } from './docx-signatures';
import { dataTable, keyValueTable } from './docx-tables';
import { textRuns } from './docx-text-runs';
import { NUMBERING_REF, STYLE_ID } from './docx-theme';

const HEADING_STYLE = { 1: STYLE_ID.heading1, 2: STYLE_ID.heading2, 3: STYLE_ID.heading3 } as const;
// The last item of a list gets body spacing after it, so the list sits apart from what follows.
const LIST_END_SPACING = 160;
const TABULAR: ReadonlySet<DocBlock['type']> = new Set(['table', 'keyValue', 'signatures']);

/**
 * Turns model blocks into docx content, in order. It remembers two things between blocks: how many
 * numbered lists there were, so each numbered block is its own list starting at 1; and a pending
 * page break, which it puts on the next paragraph as "page break before". A break paragraph of its
 * own would leave a blank page whenever the page before it happens to be exactly full; a break
 * with nothing after it is dropped, as it could only print a blank last page.
 */
export class DocxBlockWriter {
  readonly #labels: DocxLabels;
  #numberedLists = 0;
  #pageBreakPending = false;

  constructor(labels: DocxLabels) {
    this.#labels = labels;
  }

  /**
   * The docx elements for one block; `next` is the block after it, so a lead-in sentence can be kept
   * on the same page as the table or signatures it introduces. Empty lists and tables give nothing.
   */
  write(block: DocBlock, next?: DocBlock): FileChild[] {
    if (block.type === 'pageBreak') {
      this.#pageBreakPending = true;
      return [];
    }
    const keepNext = next !== undefined && TABULAR.has(next.type);
    const children = this.#content(block, keepNext);
    if (children.length === 0 || !this.#pageBreakPending) return children;
    this.#pageBreakPending = false;
    return [this.#breakParagraph(), ...children];
  }

  #content(block: Exclude<DocBlock, { type: 'pageBreak' }>, keepNext: boolean): FileChild[] {
    switch (block.type) {
      case 'heading':
        return [this.#paragraph({ style: HEADING_STYLE[block.level], children: textRuns(block.text) })];
      case 'paragraph':
        return [
          this.#paragraph({
            ...keepWith(keepNext),
            children: block.runs.flatMap((run) =>
              // Only emphasis that is on is written, so a run never switches off what its style sets.
              textRuns(run.text, {
                ...(run.bold === true ? { bold: true } : {}),
                ...(run.italic === true ? { italics: true } : {}),
              }),
            ),
          }),
        ];
      case 'bullets':
        return this.#list(block.items, STYLE_ID.listBullet, NUMBERING_REF.bullet, 0);
      case 'numbered':
        if (block.items.length === 0) return [];
        this.#numberedLists += 1;
        return this.#list(block.items, STYLE_ID.listNumber, NUMBERING_REF.number, this.#numberedLists);
      case 'table':
        return dataTable(block);
      case 'keyValue':
        return keyValueTable(block);
      case 'signatures':
        return signatureTable(block, this.#labels);
      case 'note':
        return [this.#paragraph({ style: STYLE_ID.note, ...keepWith(keepNext), children: textRuns(block.text) })];
    }
  }

  #list(items: string[], style: string, reference: string, instance: number): Paragraph[] {
    return items.map((item, index) =>
      this.#paragraph({
        style,
        numbering: { reference, level: 0, instance },
        ...(index === items.length - 1 ? { spacing: { after: LIST_END_SPACING } } : {}),
        children: textRuns(item),
      }),
    );
  }

  // Every paragraph block is made here, so the first one after a page break carries the break.
  #paragraph(options: IParagraphOptions): Paragraph {
    if (!this.#pageBreakPending) return new Paragraph(options);
    this.#pageBreakPending = false;
    return new Paragraph({ ...options, pageBreakBefore: true });
  }

  #breakParagraph(): Paragraph {
    return new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, run: { size: 2 } });
  }
}

// Only a keep that is on is written; `keepNext: false` would switch off what a style sets.
function keepWith(keepNext: boolean): Pick<IParagraphOptions, 'keepNext'> {
  return keepNext ? { keepNext: true } : {};
}
