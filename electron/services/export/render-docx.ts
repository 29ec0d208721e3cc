import {
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { formatLongDate, todayInCopenhagen } from '../../shared/time';
import { cellText, type DocBlock, type DocumentModel } from '../../shared/documents/document-model';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './docx-core-properties';
import { DocxBlockWriter } from './docx-blocks';
import { docxLabels, type DocxLabels } from './docx-labels';
import { pageFooter, pageHeader } from './docx-page-frame';
import { documentNumbering, documentStyles, TABLE_STYLES_XML, withTableStyle } from './docx-styles';
import type { WordTemplate } from '../house-style/word-template';
import { textRuns } from './docx-text-runs';
import { DEFAULT_THEME, PAGE, STYLE_ID } from './docx-theme';
import { sanitizeXmlText } from './sanitize-xml-text';

// About four pages of text: from here on a reader wants a table of contents to find her way.
const TOC_FROM_CHARS = 10_000;
const TOC_MIN_HEADINGS = 4;

/**
 * Renders a document model as a Word file (.docx bytes). The one place every export becomes Word,
 * so all of them share styles, page setup, header and footer, properties and the XML-safety of
 * user text.
 */
export async function renderDocx(model: DocumentModel, template: WordTemplate | null = null): Promise<Uint8Array> {
  const labels = docxLabels(model.lang);
  const writer = new DocxBlockWriter(labels);
  const description = model.description ?? model.subtitle ?? '';
  const toc = wantsContents(model.blocks);
  const document = new Document({
    title: sanitizeXmlText(model.title),
    creator: sanitizeXmlText(model.author),
    description: sanitizeXmlText(description),
    // A template's styles and theme take the place of ours; ours fill in only the styles it lacks.
    externalStyles: template ? withTableStyle(template.stylesXml) : TABLE_STYLES_XML,
    styles: documentStyles(labels.locale, template ? new Set(template.styleIds) : undefined),
    numbering: documentNumbering(),
    theme: template?.theme ?? DEFAULT_THEME,
    // Word fills the table of contents' page numbers when it opens the file.
    ...(toc ? { features: { updateFields: true } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.margin,
              right: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              header: PAGE.headerDistance,
              footer: PAGE.footerDistance,
              gutter: 0,
            },
          },
        },
        headers: { default: pageHeader(labels, model.letterhead, model.draft === true) },
        footers: { default: pageFooter(model.title, labels) },
        children: [
          ...titleBlock(model, labels),
          ...(toc ? contents(labels, model.blocks) : []),
          ...model.blocks.flatMap((block, index) => writer.write(block, model.blocks[index + 1])),
        ],
      },
    ],
  });
  const coreXml = corePropertiesXml({
    title: model.title,
    creator: model.author,
    description,
    language: labels.locale,
    created: model.created,
  });
  const bytes = await Packer.toBuffer(document, false, [{ path: CORE_PROPERTIES_PATH, data: coreXml }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** True for a document long enough, and with enough headings, that a table of contents helps. */
export function wantsContents(blocks: DocBlock[]): boolean {
  let chars = 0;
  let headings = 0;
  for (const block of blocks) {
    if (block.type === 'heading') headings += 1;
    chars += blockChars(block);
  }
  return chars >= TOC_FROM_CHARS && headings >= TOC_MIN_HEADINGS;
}

function blockChars(block: DocBlock): number {
  switch (block.type) {
    case 'heading':
    case 'note':
      return block.text.length;
    case 'paragraph':
      return block.runs.reduce((sum, run) => sum + run.text.length, 0);
    case 'bullets':
    case 'numbered':
      return block.items.reduce((sum, item) => sum + item.length, 0);
    case 'table':
      return block.rows.flat().reduce((sum, cell) => sum + cellText(cell).length, 0);
    case 'keyValue':
      return block.rows.reduce((sum, [key, value]) => sum + key.length + cellText(value).length, 0);
    default:
      return 0;
  }
}

// Two levels while the table of contents stays about a page long; the top level alone beyond that.
const TOC_TWO_LEVELS_MAX = 40;

function contents(labels: DocxLabels, blocks: DocBlock[]): FileChild[] {
  const entries = blocks.filter((block) => block.type === 'heading' && block.level <= 2).length;
  return [
    new Paragraph({ style: STYLE_ID.tocHeading, children: [new TextRun(labels.contents)] }),
    new TableOfContents(labels.contents, {
      hyperlink: true,
      headingStyleRange: entries <= TOC_TWO_LEVELS_MAX ? '1-2' : '1-1',
    }),
  ];
}

function titleBlock(model: DocumentModel, labels: DocxLabels): FileChild[] {
  const children: FileChild[] = [new Paragraph({ style: STYLE_ID.title, children: textRuns(model.title) })];
  if (model.subtitle !== undefined && sanitizeXmlText(model.subtitle).trim() !== '') {
    children.push(new Paragraph({ style: STYLE_ID.subtitle, children: textRuns(model.subtitle) }));
  }
  const meta: ParagraphChild[] = [new TextRun(titleMeta(model, labels))];
  if (model.draft === true) meta.unshift(new TextRun({ text: `${labels.draft.toUpperCase()}  ·  `, bold: true }));
  children.push(new Paragraph({ style: STYLE_ID.documentMeta, children: meta }));
  return children;
}

/** The line under the title: who prepared it and when ("Udarbejdet af …  ·  4. december 2026"). */
export function titleMeta(model: Pick<DocumentModel, 'author' | 'created' | 'lang'>, labels: DocxLabels): string {
  const date = formatLongDate(todayInCopenhagen(model.created), model.lang);
  const author = sanitizeXmlText(model.author).replace(/\s+/g, ' ').trim();
  return author === '' ? date : `${labels.preparedBy} ${author}  ·  ${date}`;
}
