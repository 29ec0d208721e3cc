import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BACKUP_DIR } from '../../electron/services/storage/backups';
import { expect, test } from './fixtures';

// A backup that fails after a save must not pass unseen: the banner stays until a backup succeeds,
// and the save itself is kept.
test('a failing automatic backup shows a lasting Danish banner, the edit is still saved, and the banner goes when backups work again', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();
  // Where the backups go is now a file: nothing can be written into it.
  const backups = path.join(app.dataDir, BACKUP_DIR);
  await fs.rm(backups, { recursive: true, force: true });
  await fs.writeFile(backups, 'ikke en mappe');

  await page.getByLabel('Tema', { exact: true }).fill('Rettet mens der ikke kan tages sikkerhedskopier');
  await page.getByLabel('Tema', { exact: true }).blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  const banner = page.getByTestId('backup-banner');
  await expect(banner).toContainText('Der kan ikke tages sikkerhedskopier:', { timeout: 15_000 });
  await expect(banner).toContainText('Dine ændringer gemmes stadig');
  expect((await app.readDataFile()).networks[0]?.theme).toBe('Rettet mens der ikke kan tages sikkerhedskopier');
  await app.screenshot('backup-banner');

  // It stays while backups keep failing: another edit, and the banner is still there.
  await page.getByLabel('Ambition').fill('Endnu en ændring');
  await page.getByLabel('Ambition').blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  // Longer than the backup's delay (1.5 s) plus the status refresh (3 s): the failed retry has been seen.
  await page.waitForTimeout(5_000);
  await expect(banner).toBeVisible();

  // The folder is back: the next backup succeeds and the banner goes.
  await fs.rm(backups, { force: true });
  await fs.mkdir(backups);
  await page.getByLabel('Ambition').fill('Ændret efter at mappen er tilbage');
  await page.getByLabel('Ambition').blur();
  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  const names = await fs.readdir(backups);
  expect(names.length).toBeGreaterThan(0);
});
