import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../electron/shared/documents/document-model';
import { renderDocx } from '../../../../electron/services/export/render-docx';
import { sanitizeXmlText } from '../../../../electron/services/export/sanitize-xml-text';
import { inspectDocx } from '../../../support/docx-inspect';
import { hostileText } from '../../../support/hostile-text';

const RUNS = 1000;

describe('renderDocx with any user text', () => {
  it(`gives a well-formed document holding the sanitised text for ${RUNS} random inputs`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: hostileText,
          heading: hostileText,
          paragraph: hostileText,
          cell: hostileText,
          item: hostileText,
          note: hostileText,
        }),
        async (text) => {
          const model: DocumentModel = {
            title: text.title,
            author: 'Test',
            created: new Date('2026-11-22T12:00:00Z'),
            lang: 'da',
            blocks: [
              { type: 'heading', level: 1, text: text.heading },
              { type: 'paragraph', runs: [{ text: text.paragraph }] },
              { type: 'table', columns: ['Kolonne'], rows: [[text.cell]] },
              { type: 'bullets', items: [text.item] },
              { type: 'numbered', items: [text.item] },
              { type: 'note', text: text.note },
            ],
          };
          // inspectDocx throws on any malformed part, forbidden character or invalid UTF-8.
          const doc = await inspectDocx(await renderDocx(model));
          expect(doc.paragraphs[0]?.text).toBe(sanitizeXmlText(text.title));
          expect(doc.headings(1)).toEqual([sanitizeXmlText(text.heading)]);
          expect(
            doc.paragraphs.some((p) => p.style === null && !p.inTable && p.text === sanitizeXmlText(text.paragraph)),
          ).toBe(true);
          expect(doc.tables[0]?.[1]?.[0]).toBe(sanitizeXmlText(text.cell));
          expect(doc.paragraphs.find((p) => p.style === 'ListBullet')?.text).toBe(sanitizeXmlText(text.item));
          expect(doc.paragraphs.find((p) => p.style === 'ListNumber')?.text).toBe(sanitizeXmlText(text.item));
          expect(doc.paragraphs.find((p) => p.style === 'Note')?.text).toBe(sanitizeXmlText(text.note));
          expect(doc.allText).toContain(sanitizeXmlText(text.paragraph));
        },
      ),
      { numRuns: RUNS },
    );
  }, 240_000);
});
