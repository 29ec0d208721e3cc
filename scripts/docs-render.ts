/**
 * Renders every sample document (scripts/doc-samples) to artifacts/docs as .docx, then through
 * LibreOffice to PDF and through poppler to one PNG per page, so people can look at the exports
 * without opening Word. Run with `npm run docs:render`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readWordTemplate } from '../electron/services/house-style/word-template';
import { docSamples, documentKinds } from './doc-samples/index';
import type { DocSample } from './doc-samples/doc-sample';

// The sample municipality's template (scripts/make-sample-template.ts made it).
const TEMPLATE = path.join('tests', 'fixtures', 'house-style', 'eksempel-kommune.dotx');

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(REPO_ROOT, 'artifacts', 'docs');
const PNG_DPI = '70';

const TOOLS = [
  {
    command: 'soffice',
    probe: ['--version'],
    hint: 'LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; elsewhere put its program folder on PATH)',
  },
  { command: 'pdftoppm', probe: ['-v'], hint: 'poppler (Debian/Ubuntu: apt-get install poppler-utils)' },
] as const;

function missingTools(): string[] {
  return TOOLS.filter((tool) => spawnSync(tool.command, tool.probe, { stdio: 'ignore' }).error !== undefined).map(
    (tool) => `  ${tool.command}: install ${tool.hint}`,
  );
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.error?.message ?? result.stderr}`);
  }
}

// pdftoppm pads page numbers to the page count's width (-01 with 10+ pages); names are made plain
// (<name>-1.png) so links to them stay stable as a document grows.
function rasterise(pdf: string, name: string): string[] {
  for (const file of readdirSync(OUT_DIR)) {
    if (new RegExp(`^${name}-\\d+\\.png$`).test(file)) rmSync(path.join(OUT_DIR, file));
  }
  run('pdftoppm', ['-png', '-r', PNG_DPI, pdf, path.join(OUT_DIR, name)]);
  const pages: string[] = [];
  for (const file of readdirSync(OUT_DIR)) {
    const match = new RegExp(`^${name}-(\\d+)\\.png$`).exec(file);
    if (!match) continue;
    const plain = `${name}-${Number(match[1])}.png`;
    if (plain !== file) renameSync(path.join(OUT_DIR, file), path.join(OUT_DIR, plain));
    pages.push(path.join(OUT_DIR, plain));
  }
  return pages.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

async function main(): Promise<number> {
  const missing = missingTools();
  if (missing.length > 0) {
    console.error(`docs:render needs tools that are not installed:\n${missing.join('\n')}`);
    return 1;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  // A private LibreOffice profile, so a running LibreOffice or a stale lock never blocks the conversion.
  const profile = mkdtempSync(path.join(tmpdir(), 'docs-render-lo-'));
  const template = await readWordTemplate('eksempel-kommune.dotx', readFileSync(path.join(REPO_ROOT, TEMPLATE)));
  // Every sample in the app's own style, and every kind of document again in the municipality's template.
  const runs: Array<{ name: string; build: () => Promise<Uint8Array> }> = [
    ...docSamples.map((sample: DocSample) => ({ name: sample.name, build: () => sample.build(null) })),
    ...documentKinds.map((kind) => ({ name: `${kind.name}-skabelon`, build: () => kind.build(template) })),
  ];
  try {
    for (const sample of runs) {
      const docx = path.join(OUT_DIR, `${sample.name}.docx`);
      writeFileSync(docx, await sample.build());
      run('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        OUT_DIR,
        docx,
      ]);
      const pages = rasterise(path.join(OUT_DIR, `${sample.name}.pdf`), sample.name);
      console.log(`${sample.name}: ${path.relative(REPO_ROOT, docx)}, ${pages.length} page(s)`);
      for (const page of pages) console.log(`  ${path.relative(REPO_ROOT, page)}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Rendered ${runs.length} sample(s) into ${path.relative(REPO_ROOT, OUT_DIR)}/`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
