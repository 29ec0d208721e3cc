import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readDataFileText, writeDataFileText } from '../support/temp-services';
import { expect, test } from './fixtures';

test('a data file with one unsound record loads the rest and names what was left out', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  let title = '';
  await app.restart(async () => {
    const data = JSON.parse(await readDataFileText(app.dataDir)) as { meetings: Array<Record<string, unknown>> };
    const meeting = data.meetings.find((m) => m.isTemplate === false) ?? {};
    title = String(meeting.title);
    meeting.durationMinutes = -1e9;
    await writeDataFileText(app.dataDir, JSON.stringify(data));
  });
  await page.getByRole('link', { name: 'Overblik' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Vigtigt om dine data' });
  await expect(notice).toContainText('Datafilen indeholdt en post, der ikke kunne læses, og den er udeladt');
  await expect(notice).toContainText(`mødet «${title}»`);
  await expect(notice).toContainText('varigheden skal være et helt tal mellem 1 og 1440');
  await expect(notice).toContainText('Alt andet er indlæst');
  await expect(notice).toContainText('beskadigede-filer');
  await expect(page.getByTestId('network-card')).toContainText('Flere unge i job og uddannelse');
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('delvist-indlaest');
  const kept = await fs.readdir(path.join(app.dataDir, 'beskadigede-filer'));
  expect(kept).toHaveLength(1);
});

test('the import preview says per record what a merge adds, updates, keeps and skips', async ({ app }) => {
  const { page } = app;
  await app.open('#/indstillinger');
  const kept = await app.call('networks:create', { name: 'Bliver som her' });
  const deleted = await app.call('networks:create', { name: 'Slettet her' });
  await page.getByRole('button', { name: 'Eksportér data uden private dele' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Gemt som' })).toBeVisible();
  const content = await fs.readFile(app.savedFiles.at(-1) ?? '', 'utf8');
  await app.call('networks:update', { id: kept.id, patch: { name: 'Ændret her bagefter' } });
  await app.call('networks:delete', { id: deleted.id });
  await app.call('networks:create', { name: 'Kun her' });

  await page
    .getByLabel('Vælg fil til import')
    .setInputFiles({ name: 'eksport.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(page.getByText('Filen indeholder 2 netværk')).toBeVisible();
  const skipped = page.locator('details').filter({ hasText: 'Springes over (1)' });
  await expect(skipped).toContainText('Slettet her');
  await expect(skipped).toContainText('du har slettet den her');
  await expect(skipped).toContainText('Konflikt');
  const keptGroup = page.locator('details').filter({ hasText: 'Din udgave beholdes (1)' });
  await keptGroup.locator('summary').click();
  await expect(keptGroup).toContainText('din udgave er ændret senest');
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.dismissToasts();
  await page.locator('details').last().scrollIntoViewIfNeeded();
  await app.screenshot('import-forhaandsvisning');
  await page.getByRole('button', { name: 'Flet ind i mine data' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Importen er gennemført' })).toBeVisible();
  const names = (await app.readDataFile()).networks.map((n) => n.name).sort();
  expect(names).toEqual(['Kun her', 'Ændret her bagefter']);
});
