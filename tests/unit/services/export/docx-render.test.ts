import { describe, expect, it } from 'vitest';
import { para, type DocumentModel } from '../../../../electron/shared/documents/document-model';
import { renderDocx } from '../../../../electron/services/export/render-docx';
import { inspectDocx, type InspectedDocx } from '../../../support/docx-inspect';

const CREATED = new Date('2026-11-22T08:15:00Z');

function sampleModel(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    title: 'Referat af netværksmøde 3',
    subtitle: 'Fællesskab mod ensomhed',
    author: 'Mette Kjærgaard',
    created: CREATED,
    lang: 'da',
    blocks: [
      { type: 'heading', level: 1, text: 'Beslutninger' },
      {
        type: 'paragraph',
        runs: [{ text: 'Vi aftalte at ' }, { text: 'afprøve', bold: true }, { text: ' to idéer.', italic: true }],
      },
      { type: 'bullets', items: ['Besøgsven i boligområdet', 'Fælles frokost i caféen'] },
      { type: 'heading', level: 2, text: 'Opgaver' },
      { type: 'numbered', items: ['Kontakt boligsocial medarbejder', 'Book lokale'] },
      { type: 'heading', level: 3, text: 'Næste skridt' },
      { type: 'numbered', items: ['Evaluér efter fire uger'] },
      {
        type: 'table',
        columns: ['Opgave', 'Ansvarlig', 'Frist'],
        rows: [
          ['Book lokale', 'Jørgen', '1. december'],
          ['Invitér borgere', 'Aisha'],
        ],
      },
      {
        type: 'keyValue',
        rows: [
          ['Mødested', 'Rådhuset, lokale 2.14'],
          ['Referent', 'Mette'],
        ],
      },
      { type: 'note', text: 'Referatet godkendes på næste møde.' },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: 'Underskrifter' },
      {
        type: 'signatures',
        parties: [
          { name: 'Mette Kjærgaard', role: 'Netværksleder' },
          { name: 'Jørgen Ravn', role: 'Co-driver' },
        ],
      },
      para('Efterskrift'),
    ],
    ...overrides,
  };
}

async function render(overrides: Partial<DocumentModel> = {}): Promise<InspectedDocx> {
  return inspectDocx(await renderDocx(sampleModel(overrides)));
}

describe('renderDocx', () => {
  it('renders a zip that every strict XML reader accepts', async () => {
    const bytes = await renderDocx(sampleModel());
    expect(bytes).toBeInstanceOf(Uint8Array);
    // "PK": a zip container, as every .docx is.
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    await expect(inspectDocx(bytes)).resolves.toBeDefined();
  });

  it('writes the title, subtitle and a meta line with author and Danish date as styled paragraphs', async () => {
    const doc = await render();
    const [title, subtitle, meta] = doc.paragraphs;
    expect(title).toMatchObject({ style: 'Title', text: 'Referat af netværksmøde 3' });
    expect(subtitle).toMatchObject({ style: 'Subtitle', text: 'Fællesskab mod ensomhed' });
    expect(meta?.text).toContain('Mette Kjærgaard');
    expect(meta?.text).toContain('22. november 2026');
  });

  it('makes headings real Heading1–3 paragraphs, not bold body text', async () => {
    const doc = await render();
    expect(doc.headings(1)).toEqual(['Beslutninger', 'Underskrifter']);
    expect(doc.headings(2)).toEqual(['Opgaver']);
    expect(doc.headings(3)).toEqual(['Næste skridt']);
    const headingXml = /<w:p>(?:(?!<\/w:p>).)*Beslutninger(?:(?!<\/w:p>).)*<\/w:p>/s.exec(doc.xml.document)?.[0] ?? '';
    expect(headingXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(headingXml).not.toContain('<w:b/>');
  });

  it('defines every style it uses in styles.xml under Word’s built-in names', async () => {
    const doc = await render();
    for (const id of [
      'Title',
      'Subtitle',
      'Heading1',
      'Heading2',
      'Heading3',
      'ListBullet',
      'ListNumber',
      'TableGrid',
    ]) {
      expect(doc.styleIds.has(id), id).toBe(true);
    }
    expect(doc.styleNames.get('Heading1')).toBe('heading 1');
    expect(doc.styleNames.get('ListBullet')).toBe('List Bullet');
    expect(doc.styleNames.get('TableGrid')).toBe('Table Grid');
    const used = new Set(doc.paragraphs.map((p) => p.style).filter((s): s is string => s !== null));
    for (const id of used) expect(doc.styleIds.has(id), `style ${id} is used but not defined`).toBe(true);
    // Outline levels are what make headings appear in Word's navigation pane.
    expect(doc.xml.styles).toMatch(/w:styleId="Heading2">(?:(?!<\/w:style>).)*<w:outlineLvl w:val="1"\/>/s);
  });

  it('writes lists as List Bullet / List Number paragraphs with numbering, each numbered list its own', async () => {
    const doc = await render();
    const bullets = doc.paragraphs.filter((p) => p.style === 'ListBullet');
    const numbered = doc.paragraphs.filter((p) => p.style === 'ListNumber');
    expect(bullets.map((p) => p.text)).toEqual(['Besøgsven i boligområdet', 'Fælles frokost i caféen']);
    expect(numbered.map((p) => p.text)).toEqual([
      'Kontakt boligsocial medarbejder',
      'Book lokale',
      'Evaluér efter fire uger',
    ]);
    expect(bullets.every((p) => p.listId !== null)).toBe(true);
    expect(numbered[0]?.listId).toBe(numbered[1]?.listId);
    expect(numbered[2]?.listId).not.toBe(numbered[0]?.listId);
    expect(doc.xml.numbering).toContain('w:val="bullet"');
    expect(doc.xml.numbering).toContain('w:val="decimal"');
  });

  it('writes table content with a header row that repeats on every page, padding short rows', async () => {
    const doc = await render();
    expect(doc.tables[0]).toEqual([
      ['Opgave', 'Ansvarlig', 'Frist'],
      ['Book lokale', 'Jørgen', '1. december'],
      ['Invitér borgere', 'Aisha', ''],
    ]);
    const firstTable = doc.xml.document.slice(
      doc.xml.document.indexOf('<w:tbl>'),
      doc.xml.document.indexOf('</w:tbl>'),
    );
    expect(firstTable.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(firstTable).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(doc.tables[1]).toEqual([
      ['Mødested', 'Rådhuset, lokale 2.14'],
      ['Referent', 'Mette'],
    ]);
  });

  it('gives signatures a name, role and date line per party, each in its own row so both sides line up', async () => {
    const doc = await render();
    const signatures = doc.tables[2] ?? [];
    expect(signatures).toEqual([
      ['Mette Kjærgaard', 'Jørgen Ravn'],
      ['Netværksleder', 'Co-driver'],
      ['Dato', 'Dato'],
    ]);
    const withPlace = await render({
      blocks: [{ type: 'signatures', place: true, parties: [{ name: 'A', role: 'B' }] }],
    });
    expect(withPlace.tables[0]?.[2]?.[0]).toBe('Sted og dato');
    // Borderless: the only lines are the signing and date lines on the paragraphs.
    const table =
      /<w:tbl>(?:(?!<\/w:tbl>).)*Jørgen Ravn(?:(?!<\/w:tbl>).)*<\/w:tbl>/s.exec(doc.xml.document)?.[0] ?? '';
    expect(table).toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>).)*<w:top w:val="nil"/s);
    expect(table).not.toContain('<w:tcBorders>');
  });

  it('puts a note in its own quiet style and a page break on the next paragraph, not on a blank one', async () => {
    const doc = await render();
    expect(doc.paragraphs.find((p) => p.style === 'Note')?.text).toBe('Referatet godkendes på næste møde.');
    const afterBreak =
      /<w:p><w:pPr><w:pStyle w:val="Heading1"\/>(?:(?!<\/w:pPr>).)*<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*Underskrifter/s;
    expect(doc.xml.document).toMatch(afterBreak);
    expect(doc.xml.document).not.toContain('w:type="page"');
  });

  it('has a footer with the title and live PAGE and NUMPAGES fields, and the app name in the header', async () => {
    const doc = await render();
    expect(doc.hasPageNumberField).toBe(true);
    expect(doc.hasPageCountField).toBe(true);
    expect(doc.footerText).toContain('Referat af netværksmøde 3');
    expect(doc.footerText).toMatch(/Side\s+af/);
    expect(doc.headerText).toBe('Ledelsesrum');
  });

  it('uses English labels and en-GB proofing for an English document', async () => {
    const doc = await render({ lang: 'en' });
    expect(doc.footerText).toMatch(/Page\s+of/);
    expect(doc.paragraphs[2]?.text).toContain('22 November 2026');
    expect(doc.defaultLanguage).toBe('en-GB');
    expect(doc.coreProps.language).toBe('en-GB');
    expect((await render()).defaultLanguage).toBe('da-DK');
  });

  it('writes title, author, description and the model’s created date into the core properties', async () => {
    const doc = await render({ description: 'Referat til deltagerne' });
    expect(doc.coreProps.title).toBe('Referat af netværksmøde 3');
    expect(doc.coreProps.creator).toBe('Mette Kjærgaard');
    expect(doc.coreProps.description).toBe('Referat til deltagerne');
    expect(doc.coreProps.created).toBe('2026-11-22T08:15:00Z');
    const other = await render({ created: new Date('2024-02-29T23:59:00Z') });
    expect(other.coreProps.created).toBe('2024-02-29T23:59:00Z');
  });

  it('uses A4 portrait with 2.5 cm margins', async () => {
    const doc = await render();
    expect(doc.page).toEqual({
      width: 11906,
      height: 16838,
      margins: { top: 1418, right: 1418, bottom: 1418, left: 1418 },
    });
  });

  it('keeps line breaks and tabs in user text as real breaks and tabs', async () => {
    const doc = await render({ blocks: [para('Linje 1\r\nLinje 2\tefter tab')] });
    expect(doc.paragraphs.at(-1)?.text).toBe('Linje 1\nLinje 2\tefter tab');
    expect(doc.xml.document).toContain('<w:br/>');
  });

  it('escapes markup in user text instead of letting it into the XML', async () => {
    const doc = await render({ title: '<w:p>&amp; "x" \'y\'</w:p>', blocks: [para('a < b && c > d ]]>')] });
    expect(doc.paragraphs[0]?.text).toBe('<w:p>&amp; "x" \'y\'</w:p>');
    expect(doc.coreProps.title).toBe('<w:p>&amp; "x" \'y\'</w:p>');
    expect(doc.paragraphs.at(-1)?.text).toBe('a < b && c > d ]]>');
  });

  it('keeps a lead-in paragraph on the same page as the table or signatures it introduces', async () => {
    const doc = await render({
      blocks: [para('Løs tekst'), para('Indledning til tabellen'), { type: 'table', columns: ['A'], rows: [['1']] }],
    });
    const paragraphXml = (text: string): string =>
      new RegExp(`<w:p>(?:(?!</w:p>).)*${text}(?:(?!</w:p>).)*</w:p>`, 's').exec(doc.xml.document)?.[0] ?? '';
    expect(paragraphXml('Indledning til tabellen')).toContain('<w:keepNext/>');
    expect(paragraphXml('Løs tekst')).not.toContain('keepNext');
  });

  it('skips empty lists and tables rather than writing parts Word cannot open', async () => {
    const doc = await render({
      blocks: [
        { type: 'bullets', items: [] },
        { type: 'numbered', items: [] },
        { type: 'table', columns: [], rows: [] },
        { type: 'keyValue', rows: [] },
        { type: 'signatures', parties: [] },
        { type: 'pageBreak' },
      ],
    });
    expect(doc.tables).toEqual([]);
    expect(doc.paragraphs.filter((p) => p.style === 'ListBullet' || p.style === 'ListNumber')).toEqual([]);
    // A trailing page break has nothing to break before, so it would only add a blank page.
    expect(doc.xml.document).not.toContain('pageBreakBefore');
  });

  it('starts the content after a page break on a new page even when it is a table', async () => {
    const doc = await render({
      blocks: [para('Side et'), { type: 'pageBreak' }, { type: 'table', columns: ['A'], rows: [['1']] }],
    });
    expect(doc.xml.document).toMatch(/<w:pageBreakBefore\/>(?:(?!<w:tbl>).)*<w:tbl>/s);
    expect(doc.tables).toHaveLength(1);
  });
});
