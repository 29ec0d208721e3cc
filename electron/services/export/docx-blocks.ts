import { Paragraph, type FileChild, type IParagraphOptions } from 'docx';
import type { DocBlock } from '../../shared/documents/document-model';
import type { DocxLabels } from './docx-labels';
import { signatureTable } from './docx-signatures';
import { dataTable, keyValueTable, tableGap } from './docx-tables';
import { textRuns } from './docx-text-runs';
import { NUMBERING_REF, STYLE_ID } from './docx-theme';

const HEADING_STYLE = { 1: STYLE_ID.heading1, 2: STYLE_ID.heading2, 3: STYLE_ID.heading3 } as const;
// Room between a table's last rule and a body paragraph right after it (headings bring their own).
const AFTER_TABLE = 200;
const TABULAR: ReadonlySet<DocBlock['type']> = new Set(['table', 'keyValue', 'signatures']);

/**
 * Turns model blocks into docx content, in order. It remembers three things between blocks: how
 * many numbered lists there were, so each numbered block is its own list starting at 1; whether the
 * last block was a table, so the paragraph after it is set off from the table's rule; and a pending
 * page break, which it puts on the next paragraph as "page break before". A break paragraph of its
 * own would leave a blank page whenever the page before it happens to be exactly full; a break
 * with nothing after it is dropped, as it could only print a blank last page. Spacing otherwise
 * comes from the styles: no empty paragraph is written, except the gap Word needs between two
 * tables and after a table that ends the document.
 */
export class DocxBlockWriter {
  readonly #labels: DocxLabels;
  #numberedLists = 0;
  #pageBreakPending = false;
  #afterTable = false;

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
    if (children.length === 0) return children;
    const tabular = TABULAR.has(block.type);
    if (tabular && (next === undefined || TABULAR.has(next.type))) children.push(tableGap());
    this.#afterTable = tabular;
    if (!this.#pageBreakPending) return children;
    this.#pageBreakPending = false;
    return [this.#breakParagraph(), ...children];
  }

  #content(block: Exclude<DocBlock, { type: 'pageBreak' }>, keepNext: boolean): FileChild[] {
    switch (block.type) {
      case 'heading':
        // keepNext is also in the heading styles; written here too, so a template's headings keep it.
        return [this.#paragraph({ style: HEADING_STYLE[block.level], keepNext: true, children: textRuns(block.text) })];
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

  // The list styles space a list as a whole (contextual spacing), so items need no spacing of their own.
  #list(items: string[], style: string, reference: string, instance: number): Paragraph[] {
    return items.map((item) =>
      this.#paragraph({ style, numbering: { reference, level: 0, instance }, children: textRuns(item) }),
    );
  }

  // Every paragraph block is made here, so the first one after a page break carries the break and
  // the first one after a table its distance from it.
  #paragraph(options: IParagraphOptions): Paragraph {
    let result = options;
    if (this.#afterTable && !isHeading(options.style)) result = { ...result, spacing: { before: AFTER_TABLE } };
    this.#afterTable = false;
    if (this.#pageBreakPending) {
      this.#pageBreakPending = false;
      result = { ...result, pageBreakBefore: true };
    }
    return new Paragraph(result);
  }

  #breakParagraph(): Paragraph {
    return new Paragraph({ style: STYLE_ID.tableGap, pageBreakBefore: true });
  }
}

function isHeading(style: string | undefined): boolean {
  return style === STYLE_ID.heading1 || style === STYLE_ID.heading2 || style === STYLE_ID.heading3;
}

// Only a keep that is on is written; `keepNext: false` would switch off what a style sets.
function keepWith(keepNext: boolean): Pick<IParagraphOptions, 'keepNext'> {
  return keepNext ? { keepNext: true } : {};
}
