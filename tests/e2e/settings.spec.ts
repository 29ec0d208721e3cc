import { expect, test } from './fixtures';

test('example data is loaded and removed again from Indstillinger, after a backup; the data folder is shown', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/indstillinger');
  const example = page.getByRole('region', { name: 'Eksempeldata' });
  await example.getByRole('button', { name: 'Indlæs eksempelnetværket' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Eksempelnetværket er indlæst.' })).toBeVisible();
  expect((await app.readDataFile()).networks.map((n) => n.name)).toEqual(['Flere unge i job og uddannelse']);

  // The testing host cannot open a file manager: the user is told where to look instead.
  const data = page.getByRole('region', { name: 'Dine data' });
  await expect(data.locator('code')).not.toBeEmpty();
  await data.getByRole('button', { name: 'Åbn mappen' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Mappen kan ikke åbnes herfra.' })).toBeVisible();

  await example.getByRole('button', { name: 'Fjern eksempeldata' }).click();
  const confirm = page.getByRole('dialog', { name: 'Fjern eksempeldata?' });
  await expect(confirm).toContainText('sikkerhedskopi');
  await app.screenshot('indstillinger-fjern-eksempel');
  await confirm.getByRole('button', { name: 'Fjern eksempeldata' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: /Eksempeldata er fjernet: \d+ møder/ })).toBeVisible();
  await expect(example.getByRole('button', { name: 'Indlæs eksempelnetværket' })).toBeVisible();

  const onDisk = await app.readDataFile();
  expect([onDisk.networks, onDisk.people, onDisk.meetings, onDisk.reflections].map((list) => list.length)).toEqual([
    0, 0, 0, 0,
  ]);
  await expect(
    page.getByRole('region', { name: 'Sikkerhedskopier' }).getByRole('cell', { name: 'Før en stor ændring' }).first(),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Overblik' }).click();
  await expect(page.getByRole('button', { name: 'Indlæs et eksempelnetværk' })).toBeVisible();
});

test('the municipality and its forvaltning are saved for the documents’ header', async ({ app }) => {
  const { page } = app;
  await app.open('#/indstillinger');
  const sender = page.getByRole('region', { name: 'Dokumenternes afsender' });
  await sender.getByLabel('Kommune', { exact: true }).fill('Eksempel Kommune');
  await sender.getByLabel('Kommune', { exact: true }).press('Tab');
  await sender.getByLabel('Forvaltning eller enhed', { exact: true }).fill('Børn og Unge');
  await sender.getByLabel('Forvaltning eller enhed', { exact: true }).press('Tab');
  await expect
    .poll(async () => (await app.readDataFile()).profile)
    .toMatchObject({ organisation: 'Eksempel Kommune', department: 'Børn og Unge' });
  await app.screenshot('indstillinger-afsender', '#house-style-title');
});
