/**
 * Writes the sample municipal Word template the tests and `npm run docs:render` use:
 * tests/fixtures/house-style/eksempel-kommune.dotx. It is made here, by the project, as a
 * municipality's design guide would have it: serif headings and a sans body, a green accent, and
 * the built-in styles under the ids a Danish Word gives them ("Overskrift1", "Titel"), so the
 * documents' mapping of built-in names onto their own ids is exercised. Run with
 * `npx tsx scripts/make-sample-template.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

const OUT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'tests',
  'fixtures',
  'house-style',
  'eksempel-kommune.dotx',
);

const GREEN = '00664F';
const INK = '1E2A2A';

function heading(id: string, name: string, level: number, size: number, before: number) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: { theme: 'headings' as const }, size, bold: level > 0, color: level < 2 ? GREEN : INK },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level },
  };
}

/** The template's bytes: a Word document whose package says it is a template (.dotx). */
export async function sampleTemplateBytes(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Eksempel Kommune – brevskabelon',
    creator: 'Eksempel Kommune',
    theme: {
      name: 'Eksempel Kommune',
      colors: { accent1: GREEN, accent2: 'C8A24A', dark2: INK, hyperlink: GREEN, followedHyperlink: '5B6B6B' },
      fonts: { headings: 'Georgia', body: 'Verdana' },
    },
    styles: {
      default: {
        document: {
          run: { font: { theme: 'body' }, size: 19, color: INK },
          paragraph: { spacing: { after: 140, line: 264 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Titel',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: { theme: 'headings' }, size: 44, color: GREEN },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: 'Undertitel',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: { theme: 'headings' }, size: 26, italics: true, color: '5B6B6B' },
        },
        heading('Overskrift1', 'heading 1', 0, 30, 360),
        heading('Overskrift2', 'heading 2', 1, 24, 280),
        heading('Overskrift3', 'heading 3', 2, 20, 200),
        {
          id: 'Opstilling-punkttegn',
          name: 'List Bullet',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { indent: { left: 360, hanging: 360 }, spacing: { after: 140 }, contextualSpacing: true },
        },
        {
          id: 'Sidehoved',
          name: 'header',
          basedOn: 'Normal',
          run: { size: 16, color: GREEN, allCaps: true, characterSpacing: 10 },
          paragraph: { spacing: { after: 0 } },
        },
        {
          id: 'Sidefod',
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 16, color: '5B6B6B' },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ style: 'Titel', children: [new TextRun('Eksempel Kommune')] }),
          new Paragraph({ children: [new TextRun('Skabelon til breve, dagsordener og referater.')] }),
        ],
      },
    ],
  });
  const docx = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(docx);
  // docx writes its own Title and Heading 1–3 beside ours; a template made in Word has one style per
  // built-in name, so those are dropped and the Danish-id styles are the only ones by those names.
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (styles === undefined) throw new Error('The package has no styles');
  zip.file(
    'word/styles.xml',
    styles.replace(
      /<w:style\b[^>]*w:styleId="(?:Title|Subtitle|Heading1|Heading2|Heading3|ListBullet|Header|Footer)"[^>]*>.*?<\/w:style>/gs,
      '',
    ),
  );
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types === undefined) throw new Error('The package has no content types');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
    ),
  );
  // A fixed date inside the zip keeps the file the same byte for byte on every run.
  for (const file of Object.values(zip.files)) file.date = new Date('2026-01-01T00:00:00Z');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, await sampleTemplateBytes());
  console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
}
