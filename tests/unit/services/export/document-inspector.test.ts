/**
 * Every kind of document the app writes, read back as Word would: the layout rules hold for each,
 * with the default house style and with the sample municipality's own template.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWordTemplate, type WordTemplate } from '../../../../electron/services/house-style/word-template';
import { documentKinds, SAMPLE_SENDER } from '../../../../scripts/doc-samples/document-kinds';
import { inspectDocx, type InspectedDocx } from '../../../support/docx-inspect';

const TEMPLATE_PATH = new URL('../../../fixtures/house-style/eksempel-kommune.dotx', import.meta.url);

async function sampleTemplate(): Promise<WordTemplate> {
  return readWordTemplate('eksempel-kommune.dotx', new Uint8Array(readFileSync(TEMPLATE_PATH)));
}

const HEADING = /^Heading([1-9])$/;

function outline(doc: InspectedDocx): number[] {
  return doc.paragraphs.flatMap((p) => {
    const match = HEADING.exec(p.style ?? '');
    return match ? [Number(match[1])] : [];
  });
}

async function checkLayout(doc: InspectedDocx, kind: string, network: string): Promise<void> {
  // The journal has no tables; every other kind has several.
  const bodyRows = doc.rows.filter((row) => !row.header);
  for (const row of bodyRows) expect(row.cantSplit, `${kind}: row "${row.text.slice(0, 60)}"`).toBe(true);

  const levels = outline(doc);
  expect(levels[0], `${kind}: the outline starts at Heading 1`).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - (levels[i - 1] ?? 1), `${kind}: heading ${i} skips a level`).toBeLessThanOrEqual(1);
  });
  for (const p of doc.paragraphs.filter((p) => HEADING.test(p.style ?? ''))) {
    expect(p.keepNext, `${kind}: heading "${p.text}" keeps with next`).toBe(true);
  }

  const bodyLevel = doc.paragraphs.filter((p) => !p.inTable && !p.inContentControl);
  const emptyNormal = bodyLevel.filter((p) => (p.style === null || p.style === 'Normal') && p.text.trim() === '');
  expect(emptyNormal, `${kind}: empty Normal paragraphs used as spacing`).toEqual([]);
  for (const p of doc.paragraphs) expect(p.text, `${kind}: typed bullet`).not.toMatch(/^•\s|\n•\s/);

  expect(doc.headerText, `${kind}: header names the municipality`).toContain(SAMPLE_SENDER.organisation);
  expect(doc.headerText, `${kind}: header names the network`).toContain(network);
}

describe('every document kind, read back', () => {
  for (const kind of documentKinds) {
    it(`${kind.name}: rows never split, a clean outline, no spacing paragraphs, links and the letterhead`, async () => {
      const doc = await inspectDocx(await kind.build(null));
      await checkLayout(doc, kind.name, kind.network);
      // Each sample holds a web or e-mail address, which must be a link to it, not plain text.
      expect(doc.links.length, `${kind.name}: links`).toBeGreaterThan(0);
      for (const link of doc.links) expect(link.target).toMatch(/^(https?:\/\/|mailto:)/);
      expect(doc.links.map((l) => l.target)).toContain(kind.expectedLink);
      // The default house style writes no hard-coded font: every font is the theme's.
      expect(doc.xml.styles).not.toMatch(/w:ascii="Arial"/);
      expect(doc.xml.styles).toMatch(/w:asciiTheme="minorHAnsi"/);
      expect(doc.xml.styles).toMatch(/w:asciiTheme="majorHAnsi"/);
    });

    it(`${kind.name}: with the municipality's template, its styles and theme are the document's`, async () => {
      const template = await sampleTemplate();
      const doc = await inspectDocx(await kind.build(template));
      await checkLayout(doc, kind.name, kind.network);
      // The template calls its heading style "Overskrift1"; the document uses it under Word's id.
      expect(doc.styleNames.get('Heading1')?.toLowerCase()).toBe('heading 1');
      expect(doc.xml.styles).toMatch(/w:styleId="Heading1"(?:(?!<\/w:style>).)*w:color w:val="00664F"/s);
      expect(doc.xml.styles).not.toContain('w:styleId="Overskrift1"');
      expect(doc.xml.theme).toContain('Georgia');
      expect(doc.xml.theme).toContain('00664F');
    });
  }
});
