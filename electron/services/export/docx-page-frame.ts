import { Footer, Header, PageNumber, Paragraph, Tab, TextRun } from 'docx';
import type { DocxLabels } from './docx-labels';
import { sanitizeXmlText } from './sanitize-xml-text';
import { STYLE_ID } from './docx-theme';

// A title longer than this would wrap the footer onto two lines and push the page number down.
const FOOTER_TITLE_MAX = 70;

/** The quiet running head: the app's name in small capitals. */
export function pageHeader(labels: DocxLabels): Header {
  return new Header({ children: [new Paragraph({ style: STYLE_ID.header, children: [new TextRun(labels.appName)] })] });
}

/** The footer: the document's title on the left, "Side X af Y" as live PAGE/NUMPAGES fields on the right. */
export function pageFooter(title: string, labels: DocxLabels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_ID.footer,
        children: [
          new TextRun(footerTitle(title)),
          new TextRun({
            children: [new Tab(), `${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function footerTitle(title: string): string {
  const flat = sanitizeXmlText(title).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= FOOTER_TITLE_MAX
    ? flat
    : `${chars
        .slice(0, FOOTER_TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`;
}
