import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PRINT_CHANNELS } from '../../electron/main/security/policies';
import { agreementDefinitions } from '../../electron/shared/domain';
import type { DocumentRequest } from '../../electron/shared/contract/documents';
import { printHash } from '../../electron/shared/documents/print-query';
import { inspectDocx } from '../support/docx-inspect';
import { APP_ORIGIN, expect, test, type TestApp } from './fixtures';

/** Counts window.print() instead of opening the browser's print dialog, which a test cannot close. */
async function countPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counted = window as unknown as { prints: number };
    counted.prints = 0;
    window.print = () => {
      counted.prints += 1;
    };
  });
}

const prints = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { prints: number }).prints);

test('in the preview, "Gem som PDF" opens the print view of the document and the browser’s print', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Flere unge i job og uddannelse' })).toBeVisible();
  const meetings = await app.call('meetings:list', {});
  const held = meetings.find((m) => m.status === 'held');
  await page.evaluate((hash) => (location.hash = hash), `#/moeder/${held?.id ?? ''}`);
  await expect(page.getByRole('heading', { level: 1, name: held?.title, exact: true })).toBeVisible();
  await countPrints(page);

  // The PDFs are under "Mere", so the header keeps one row.
  await page.getByRole('button', { name: 'Mere' }).click();
  await page.getByRole('button', { name: 'Referat (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gem referat som PDF' });
  await dialog.getByRole('checkbox', { name: /private facilitatornoter/ }).check();
  await dialog.getByRole('button', { name: 'Gem som PDF' }).click();

  // The print view: the document alone, no menu, with its sections as the Word file has them.
  const paper = page.getByRole('article', { name: `Referat: ${held?.title ?? ''}` });
  await expect(paper.getByRole('heading', { level: 1 })).toHaveText(`Referat: ${held?.title ?? ''}`);
  await expect(paper.getByRole('heading', { level: 2, name: 'Beslutninger' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'ready');
  await expect.poll(() => prints(page)).toBe(1);
  expect(page.url()).toContain('type=referat');
  expect(page.url()).toContain('includeNotes=1');
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('udskrift-referat');

  // Back to the meeting; the agenda's button does the same for the dagsorden.
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: held?.title ?? '' })).toBeVisible();
  await page.getByRole('button', { name: 'Mere' }).click();
  await page.getByRole('button', { name: 'Dagsorden (PDF)' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2, name: 'Dagsorden' })).toBeVisible();
  await expect.poll(() => prints(page)).toBe(2);
  // Nothing was written: in the browser the print dialog saves the PDF.
  expect(app.savedFiles).toHaveLength(0);
});

/** The Word file last written, as the inspector reads it. */
async function lastWordFile(app: TestApp) {
  return inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles.at(-1) ?? '')));
}

/** The print view of a request printed by Chromium (as Electron's printToPDF does), read back as text. */
async function printedText(app: TestApp, request: DocumentRequest): Promise<{ text: string; pages: number }> {
  const { page } = app;
  await page.evaluate((hash) => (location.hash = hash), printHash(request));
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'ready');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // Kept beside the screenshots, for people to look at.
  const file = path.join('artifacts', 'pdf', `${request.kind}.pdf`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), pages: text.split('\f').length - 1 };
}

/** Each of `sections` in the text, in this order. */
function expectInOrder(text: string, sections: string[]): void {
  let at = 0;
  for (const section of sections) {
    const found = text.indexOf(section.replace(/\s+/g, ' '), at);
    expect(found, `"${section}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + section.length;
  }
}

test('the PDF of every kind holds the Word file’s title and sections in the same order, with page numbers', async ({
  app,
}) => {
  await app.open();
  await app.call('profile:update', {
    patch: { organisation: 'Eksempel Kommune', department: 'Børne- og Ungeforvaltningen' },
  });
  const network = await app.call('networks:load-example', {});
  const meetings = await app.call('meetings:list', {});
  const held = meetings.find((m) => m.status === 'held');
  const agreement = await app.call('agreements:start', { networkId: network.id, counterpart: 'codriver' });
  const topics = Object.fromEntries(
    agreementDefinitions.codriver.topics.map((topic) => [topic.id, `Vi aftaler: ${topic.title.da.toLowerCase()}.`]),
  );
  await app.call('agreements:update-draft', { id: agreement.id, patch: { topics } });

  const heldId = held?.id ?? '';
  // Each kind: its Word export through its own channel, and the same request for the print view.
  const kinds: Array<{ request: DocumentRequest; word: () => Promise<unknown> }> = [
    { request: { kind: 'agenda', id: heldId }, word: () => app.call('meetings:export-agenda', { id: heldId }) },
    {
      request: { kind: 'minutes', id: heldId, includeNotes: true },
      word: () => app.call('meetings:export-minutes', { id: heldId, includeNotes: true }),
    },
    {
      request: { kind: 'agreement', id: agreement.id },
      word: () => app.call('agreements:export', { id: agreement.id }),
    },
    {
      request: { kind: 'role-handout', roleId: 'codriver', networkId: network.id },
      word: () => app.call('roles:export-handout', { roleId: 'codriver', networkId: network.id }),
    },
  ];
  for (const { request, word: exportWord } of kinds) {
    await exportWord();
    const word = await lastWordFile(app);
    const title = word.paragraphs.find((p) => p.style === 'Title')?.text ?? '';
    expect(title, request.kind).not.toBe('');
    const { text, pages } = await printedText(app, request);
    expectInOrder(text, [title, ...word.headings()]);
    expect(text).toContain(`Side 1 af ${pages}`);
    // The running head on every page: the sender and the network, as in the Word file's header.
    expect(text.split('Eksempel Kommune · Børne- og Ungeforvaltningen').length - 1).toBe(pages);
    expect(text).toContain(network.name);
  }
});

test('the print view opened alone (as the desktop app’s print window) calls only what the print window may call', async ({
  app,
}) => {
  const networkId = await app.loadExample();
  const held = (await app.call('meetings:list', {})).find((m) => m.status === 'held');
  const printWindow = await app.page.context().newPage();
  await printWindow.goto(
    `${APP_ORIGIN}/index.html${printHash({ kind: 'minutes', id: held?.id ?? '', includeNotes: false })}`,
  );
  await expect(printWindow.locator('html')).toHaveAttribute('data-print-ready', 'ready');
  await expect(printWindow.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(
    `Referat: ${held?.title ?? ''}`,
  );
  // The role handout too, in the same window, after the first document is on the page.
  await printWindow.evaluate(
    (hash) => (location.hash = hash),
    printHash({ kind: 'role-handout', roleId: 'codriver', networkId }),
  );
  await expect(printWindow.getByRole('article').getByRole('heading', { level: 1 })).not.toHaveText(/^Referat/);
  await expect(printWindow.locator('html')).toHaveAttribute('data-print-ready', 'ready');
  const called = new Set(app.channelsCalledBy(printWindow));
  expect(called).toContain('documents:print-view');
  expect([...called].filter((channel) => !PRINT_CHANNELS.includes(channel))).toEqual([]);
  await printWindow.close();
});
