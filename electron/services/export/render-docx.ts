import { Document, Packer, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import { formatLongDate, todayInCopenhagen } from '../../shared/time';
import type { DocumentModel } from './document-model';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './docx-core-properties';
import { DocxBlockWriter } from './docx-blocks';
import { docxLabels, type DocxLabels } from './docx-labels';
import { pageFooter, pageHeader } from './docx-page-frame';
import { documentNumbering, documentStyles, TABLE_STYLES_XML } from './docx-styles';
import { textRuns } from './docx-text-runs';
import { PAGE, STYLE_ID } from './docx-theme';
import { sanitizeXmlText } from './sanitize-xml-text';

/**
 * Renders a document model as a Word file (.docx bytes). The one place every export becomes Word,
 * so all of them share styles, page setup, footer, properties and the XML-safety of user text.
 */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const labels = docxLabels(model.lang);
  const writer = new DocxBlockWriter(labels);
  const description = model.description ?? model.subtitle ?? '';
  const document = new Document({
    title: sanitizeXmlText(model.title),
    creator: sanitizeXmlText(model.author),
    description: sanitizeXmlText(description),
    externalStyles: TABLE_STYLES_XML,
    styles: documentStyles(labels.locale),
    numbering: documentNumbering(),
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
        headers: { default: pageHeader(labels) },
        footers: { default: pageFooter(model.title, labels) },
        children: [
          ...titleBlock(model, labels),
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

function titleBlock(model: DocumentModel, labels: DocxLabels): FileChild[] {
  const children: FileChild[] = [new Paragraph({ style: STYLE_ID.title, children: textRuns(model.title) })];
  if (model.subtitle !== undefined && sanitizeXmlText(model.subtitle).trim() !== '') {
    children.push(new Paragraph({ style: STYLE_ID.subtitle, children: textRuns(model.subtitle) }));
  }
  const date = formatLongDate(todayInCopenhagen(model.created), model.lang);
  const author = sanitizeXmlText(model.author).replace(/\s+/g, ' ').trim();
  const meta =
    author === '' ? [new TextRun(date)] : [...textRuns(`${labels.preparedBy} ${author}`), new TextRun(`  ·  ${date}`)];
  children.push(new Paragraph({ style: STYLE_ID.documentMeta, children: meta }));
  return children;
}
