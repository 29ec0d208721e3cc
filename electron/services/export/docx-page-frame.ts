import { Footer, Header, ImageRun, PageNumber, Paragraph, Tab, TextRun } from 'docx';
import type { Letterhead } from '../../shared/documents/document-model';
import type { DocxLabels } from './docx-labels';
import { sanitizeXmlText } from './sanitize-xml-text';
import { STYLE_ID, TEXT_WIDTH } from './docx-theme';

// A title longer than this would wrap the footer onto two lines and push the page number down.
const FOOTER_TITLE_MAX = 70;
// The logo's printed height in pixels at 96 dpi (about 1.3 cm); its width follows its aspect ratio,
// capped so a wide logo never reaches the header's text.
const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 220;

/**
 * The running head. With a letterhead: the municipality and its forvaltning or unit on the left and
 * the network on the right, the logo above them; a draft says "Udkast" on the right. Until the
 * municipality is filled in under Indstillinger, the app's name stands where it would.
 */
export function pageHeader(labels: DocxLabels, letterhead: Letterhead | undefined, draft: boolean): Header {
  const { left, right } = headerTexts(labels, letterhead, draft);
  const children: Paragraph[] = [];
  if (letterhead?.logo) {
    const { logo } = letterhead;
    const width = Math.min(LOGO_MAX_WIDTH, Math.round((LOGO_HEIGHT * logo.width) / Math.max(1, logo.height)));
    const height = Math.round((width * logo.height) / Math.max(1, logo.width));
    children.push(
      new Paragraph({
        style: STYLE_ID.header,
        spacing: { after: 80 },
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.data,
            transformation: { width, height },
            altText: { name: 'Logo', description: left || 'Logo', title: 'Logo' },
          }),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      style: STYLE_ID.header,
      tabStops: [{ type: 'right', position: TEXT_WIDTH }],
      children: [new TextRun(left), ...(right === '' ? [] : [new TextRun({ children: [new Tab(), right] })])],
    }),
  );
  return new Header({ children });
}

/** The running head's words, left and right; the print view writes the same. */
export function headerTexts(
  labels: DocxLabels,
  letterhead: Letterhead | undefined,
  draft: boolean,
): { left: string; right: string } {
  const right = [letterhead?.network ?? '', draft ? labels.draft : ''].map(flat).filter(Boolean).join('  ·  ');
  const sender = letterhead ? [letterhead.organisation, letterhead.department].map(flat).filter(Boolean) : [];
  return { left: sender.length > 0 ? sender.join(' · ') : labels.appName, right };
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

function flat(text: string): string {
  return sanitizeXmlText(text).replace(/\s+/g, ' ').trim();
}

/** The title as the footer shows it, shortened so the footer stays one line. */
export function footerTitle(title: string): string {
  const chars = Array.from(flat(title));
  return chars.length <= FOOTER_TITLE_MAX
    ? chars.join('')
    : `${chars
        .slice(0, FOOTER_TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`;
}
