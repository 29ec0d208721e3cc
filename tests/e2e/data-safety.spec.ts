import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('backups are listed, taken on request and restored after a confirmation', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await page.getByLabel('Dit navn').fill('Mette Kjærgaard');
  await page.getByLabel('Dit navn').blur();
  await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
  await expect(page.getByRole('cell', { name: 'Taget af dig' })).toBeVisible();
  await app.screenshot('indstillinger');

  // Change something after the backup, then go back to the backup.
  await page.getByRole('link', { name: 'Overblik' }).click();
  await page.getByTestId('network-card').click();
  await page.getByLabel('Tema', { exact: true }).fill('Et tema der skal rulles tilbage');
  await page.getByLabel('Tema', { exact: true }).blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  const manual = page.getByRole('row').filter({ hasText: 'Taget af dig' });
  await manual.getByRole('button', { name: /Gendan/ }).click();
  await page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' }).getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'er gendannet' })).toBeVisible();
  expect((await app.readDataFile()).networks[0]?.theme).toBe('Unge mellem 16 og 25 år uden fodfæste');
  await expect(page.getByRole('cell', { name: 'Før en stor ændring' })).toBeVisible();
});

test('all data is exported and imported again with a preview and a merge', async ({ app }) => {
  const { page } = app;
  await app.open('#/indstillinger');
  await page.getByRole('button', { name: 'Indlæs eksempelnetværket' }).click();
  await page.getByRole('button', { name: 'Eksportér data uden private dele' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Gemt som' })).toBeVisible();
  const exported = app.savedFiles.at(-1) ?? '';
  expect(path.extname(exported)).toBe('.json');
  const content = await fs.readFile(exported, 'utf8');
  expect(JSON.parse(content)).toMatchObject({
    format: 'ledelsesrum-eksport',
    data: { networks: [{ name: 'Flere unge i job og uddannelse' }] },
  });

  await page
    .getByLabel('Vælg fil til import')
    .setInputFiles({ name: 'eksport.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(page.getByText('Filen indeholder 1 netværk, 8 personer')).toBeVisible();
  await page.getByRole('button', { name: 'Flet ind i mine data' }).click();
  await expect(
    page.getByTestId('toast').filter({ hasText: 'Importen er gennemført: 0 tilføjet, 0 opdateret.' }),
  ).toBeVisible();

  await page
    .getByLabel('Vælg fil til import')
    .setInputFiles({ name: 'forkert.json', mimeType: 'application/json', buffer: Buffer.from('{"hej": ') });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Filen kan ikke indlæses: filen er ikke gyldig JSON. Intet er ændret.' }),
  ).toBeVisible();
  expect((await app.readDataFile()).networks).toHaveLength(1);
});

test('everything can be exported encrypted after a warning, and imported again only with the password', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/indstillinger');
  await page.getByRole('button', { name: 'Indlæs eksempelnetværket' }).click();
  await expect(
    page.getByText('Private refleksioner, dine forberedende noter til aftaler og papirkurven kommer ikke med.', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Eksportér alt, krypteret …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér alt, også det private' });
  await expect(dialog).toContainText('også dine private refleksioner');
  await dialog.getByLabel('Adgangskode (mindst 10 tegn)').fill('kort');
  await dialog.getByLabel('Gentag adgangskoden').fill('kort');
  await dialog.getByRole('button', { name: 'Eksportér krypteret' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Adgangskoden skal have mindst 10 tegn.');
  await dialog.getByLabel('Adgangskode (mindst 10 tegn)').fill('en lang nok kode');
  await dialog.getByLabel('Gentag adgangskoden').fill('en lang nok kode');
  await app.screenshot('krypteret-eksport');
  await dialog.getByRole('button', { name: 'Eksportér krypteret' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Gemt som' })).toBeVisible();
  await expect(dialog).toBeHidden();
  const content = await fs.readFile(app.savedFiles.at(-1) ?? '', 'utf8');
  expect(content).not.toContain('Flere unge i job og uddannelse');

  await page
    .getByLabel('Vælg fil til import')
    .setInputFiles({ name: 'alt.json', mimeType: 'application/json', buffer: Buffer.from(content) });
  await expect(page.getByText('Filen er krypteret. Skriv den adgangskode, den blev gemt med.')).toBeVisible();
  await page.getByLabel('Filens adgangskode').fill('forkert kode her');
  await page.getByRole('button', { name: 'Åbn filen' }).click();
  await expect(page.getByText('Adgangskoden passer ikke til filen. Prøv igen.')).toBeVisible();
  await page.getByLabel('Filens adgangskode').fill('en lang nok kode');
  await page.getByRole('button', { name: 'Åbn filen' }).click();
  await expect(page.getByText('Filen indeholder 1 netværk, 8 personer')).toBeVisible();
  await app.screenshot('krypteret-import');
});

test('a damaged data file is kept aside, the newest backup is loaded and the user is told', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  const damaged = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"schemaVersion":2,"networks":[{"na')]);
  await app.restart(async () => fs.writeFile(path.join(app.dataDir, 'ledelsesrum.json'), damaged));
  await page.getByRole('link', { name: 'Overblik' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Vigtigt om dine data' });
  await expect(notice).toContainText('Datafilen kunne ikke læses');
  await expect(notice).toContainText('beskadigede-filer');
  await expect(notice).toContainText('er indlæst, så du kan arbejde videre derfra');
  await expect(page.getByTestId('network-card')).toContainText('Flere unge i job og uddannelse');
  await app.screenshot('gendannet-efter-skade');
  const kept = await fs.readdir(path.join(app.dataDir, 'beskadigede-filer'));
  expect(await fs.readFile(path.join(app.dataDir, 'beskadigede-filer', kept[0] ?? ''))).toEqual(damaged);
  await notice.getByRole('button', { name: 'Skjul besked' }).click();
  await expect(notice).toHaveCount(0);
});
