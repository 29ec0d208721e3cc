import fs from 'node:fs';
import { expect, test } from './fixtures';

const realRename = fs.promises.rename;

test.afterEach(() => {
  fs.promises.rename = realRename;
});

// The services run in this test process, so a failing disk can be simulated right under them.
for (const [code, words] of [
  ['ENOSPC', 'Disken er fuld.'],
  ['EACCES', 'Ledelsesrum har ikke lov at skrive i datamappen.'],
  ['EIO', 'Disken svarede med en fejl.'],
  ['EROFS', 'Datamappen ligger på et drev, der kun kan læses.'],
] as const) {
  test(`a ${code} write error is explained in Danish, the last good file is kept and the change lands later`, async ({ app }) => {
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
    const good = await app.readDataFile();

    fs.promises.rename = async () => {
      throw Object.assign(new Error(code), { code });
    };
    await page.getByLabel('Tema', { exact: true }).fill('Ændret mens disken fejler');
    await page.getByLabel('Tema', { exact: true }).blur();
    const toast = page.getByTestId('toast').filter({ hasText: 'Ændringen er ikke gemt.' });
    await expect(toast).toContainText(words);
    await expect(toast).toContainText('Den er bevaret');
    await expect(page.getByText('Ikke gemt', { exact: true })).toBeVisible();
    expect(await app.readDataFile()).toEqual(good);
    if (code === 'ENOSPC') await app.screenshot('skrivefejl');

    fs.promises.rename = realRename;
    await page.getByLabel('Ambition').fill('Ny ambition efter fejlen');
    await page.getByLabel('Ambition').blur();
    await expect(page.getByText('Alt er gemt')).toBeVisible();
    const saved = (await app.readDataFile()).networks[0];
    expect(saved?.theme).toBe('Ændret mens disken fejler');
    expect(saved?.ambition).toBe('Ny ambition efter fejlen');
  });
}
