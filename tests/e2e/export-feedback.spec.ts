/**
 * Export feedback on the one save path: the toast names the folder, stays until it is closed and
 * opens the file through the host; Indstillinger shows and changes the export folder; a repeated
 * export of the same document replaces the file only after a yes, and never piles up "(2)" copies.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('an export says where the file went until dismissed, and a repeated one asks before replacing', async ({
  app,
}) => {
  const { page } = app;
  // A fake clock: the toast must outlast any timer, not just the time a test happens to take.
  await page.clock.install();
  await app.loadExample();
  const kickoff = (await app.readDataFile()).meetings.find((m) => m.status === 'held');
  await app.open(`#/moeder/${kickoff?.id}`);

  await page.getByRole('button', { name: 'Dagsorden (Word)' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: 'Gemt som' });
  await expect(toast).toContainText(`i mappen ${app.exportDir}`);
  await expect(toast.getByRole('button', { name: 'Åbn mappe' })).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(toast).toBeVisible();
  await app.screenshot('eksport-besked');

  // "Åbn fil" goes through the host with the file just saved; the page sends no path.
  await toast.getByRole('button', { name: 'Åbn fil' }).click();
  await expect.poll(() => app.openedBySystem).toEqual([`file:${app.savedFiles[0]}`]);
  await expect(toast).toBeVisible();
  // This host cannot show folders: the user is told where the file is instead.
  await toast.getByRole('button', { name: 'Åbn mappe' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Det kan ikke åbnes herfra.' })).toContainText(
    app.exportDir,
  );
  await toast.getByRole('button', { name: 'Luk' }).click();
  await expect(toast).toHaveCount(0);

  // Indstillinger shows the folder and lets the user choose another.
  await app.open('#/indstillinger');
  const section = page.getByRole('region', { name: 'Mappe til udskrifter' });
  await expect(section.getByTestId('export-folder')).toHaveText(app.exportDir);
  await expect(section).toContainText('Standardmappen');
  await section.getByRole('button', { name: 'Vælg en anden mappe' }).click();
  const chosen = path.join(app.dataDir, 'valgt-mappe');
  await expect(section.getByTestId('export-folder')).toHaveText(chosen);
  await expect(section).toContainText('Din valgte mappe');
  expect((await app.readDataFile()).profile.exportFolder).toBe(chosen);

  // The same document twice into that folder: the second time asks, and "Annullér" leaves the file.
  await app.open(`#/moeder/${kickoff?.id}`);
  await page.getByRole('button', { name: 'Dagsorden (Word)' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `i mappen ${chosen}` })).toBeVisible();
  await app.dismissToasts();
  const [file] = await fs.readdir(chosen);
  const first = await fs.stat(path.join(chosen, file ?? ''));

  await page.getByRole('button', { name: 'Dagsorden (Word)' }).click();
  const ask = page.getByRole('dialog', { name: 'Erstat den gemte fil?' });
  await expect(ask).toContainText(file ?? '');
  await ask.getByRole('button', { name: 'Annullér' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: 'Gemt som' })).toHaveCount(0);
  expect((await fs.stat(path.join(chosen, file ?? ''))).mtimeMs).toBe(first.mtimeMs);

  await page.getByRole('button', { name: 'Dagsorden (Word)' }).click();
  await ask.getByRole('button', { name: 'Erstat filen' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Gemt som ${file}` })).toBeVisible();
  expect(await fs.readdir(chosen)).toEqual([file]);

  // Back to the standard folder.
  await app.open('#/indstillinger');
  await section.getByRole('button', { name: 'Brug standardmappen' }).click();
  await expect(section.getByTestId('export-folder')).toHaveText(app.exportDir);
  expect((await app.readDataFile()).profile.exportFolder).toBeUndefined();
});
