import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE, STALE_AFTER_MS } from '../../electron/services/storage/data-folder-lock';
import { expect, test } from './fixtures';

/** Another PC (a renamed one, a roaming profile) left its lock in the folder and has been quiet for a while. */
async function quietLockFromAnotherPc(dataDir: string): Promise<void> {
  const file = path.join(dataDir, LOCK_FILE);
  await fs.promises.writeFile(
    file,
    JSON.stringify({ token: 'gammel', pid: 4242, host: 'kontor-pc-7', since: '2026-11-20T08:00:00.000Z' }),
  );
  const quiet = new Date(Date.now() - 10 * STALE_AFTER_MS);
  await fs.promises.utimes(file, quiet, quiet);
}

test('a folder locked by a PC that cannot be proven alive opens read-only with a lasting banner and "Åbn alligevel"', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();
  await app.restart(() => quietLockFromAnotherPc(app.dataDir));

  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Kun læsning');
  await expect(banner).toContainText('«kontor-pc-7»');
  await expect(banner).toContainText('åbnet skrivebeskyttet');
  // The data is there to read.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
  await app.screenshot('skrivebeskyttet');

  // A change is refused in Danish, and the data file stays as it was.
  const before = await app.readDataFile();
  await page.getByLabel('Tema', { exact: true }).fill('Må ikke gemmes');
  await page.getByLabel('Tema', { exact: true }).blur();
  await expect(page.getByTestId('toast').filter({ hasText: 'åbnet skrivebeskyttet' })).toBeVisible();
  expect(await app.readDataFile()).toEqual(before);

  await banner.getByRole('button', { name: 'Åbn alligevel' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByLabel('Tema', { exact: true }).fill('Gemt efter Åbn alligevel');
  await page.getByLabel('Tema', { exact: true }).blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await expect.poll(async () => (await app.readDataFile()).networks[0]?.theme).toBe('Gemt efter Åbn alligevel');
  const lock = JSON.parse(await fs.promises.readFile(path.join(app.dataDir, LOCK_FILE), 'utf8')) as { host: string };
  expect(lock.host).toBe(os.hostname());
});
