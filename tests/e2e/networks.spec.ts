import { expect, test } from './fixtures';

test('a newcomer creates a network, fills it in, assigns all four roles and finds it all after a restart', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await expect(page.getByRole('heading', { name: 'Velkommen til Ledelsesrum' })).toBeVisible();
  await app.screenshot('overblik-tom');

  await page.getByRole('button', { name: 'Opret dit første netværk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt netværk' });
  await dialog.getByRole('button', { name: 'Opret netværk' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Skriv et navn til netværket.');
  await dialog.getByLabel('Navn på netværket').fill('Sammen om ældres trivsel');
  await dialog.getByRole('button', { name: 'Opret netværk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammen om ældres trivsel' })).toBeVisible();

  await page.getByLabel('Tema', { exact: true }).fill('Ensomhed blandt ældre');
  await page.getByLabel('Netværkstype').selectOption({ label: 'Velfærdsnetværk' });
  await page.getByLabel('Status').selectOption({ label: 'Aktivt' });
  await page.getByLabel('Startdato').fill('1.12.2026');
  await page.getByLabel('Startdato').press('Enter');
  await expect(page.getByText('tirsdag den 1. december 2026')).toBeVisible();
  await page.getByLabel('Slutdato').fill('31-5-27');
  await page.getByLabel('Slutdato').press('Tab');
  await expect(page.getByText('mandag den 31. maj 2027')).toBeVisible();
  await page.getByLabel('Udfordringen').fill('Mange ældre ser kun få mennesker i løbet af en uge.');
  await page.getByLabel('Ambition').fill('Tre nye mødesteder afprøvet inden sommer.');
  await page.getByLabel('Ambition').blur();

  const roles: Array<[string, string]> = [
    ['Netværksleder', 'Hanne Vestergaard'],
    ['Co-driver', 'Ali Yilmaz'],
    ['Referenceleder', 'Birgitte Dahl'],
    ['Personaleleder', 'Ole Kristensen'],
  ];
  for (const [role, name] of roles) {
    await page.getByLabel(`Vælg ${role}`).selectOption({ label: '+ Ny person …' });
    await page.getByLabel('Navn på den nye person').fill(name);
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect(page.locator(`[data-role] strong`, { hasText: name })).toBeVisible();
  }
  await page.getByLabel('Tilføj deltager').selectOption({ label: '+ Ny person …' });
  await page.getByLabel('Navn på den nye person').fill('Karen Mortensen');
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Deltagere' }).getByText('Karen Mortensen')).toBeVisible();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await app.screenshot('netvaerk-udfyldt', '#roles-title');

  await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Sammen om ældres trivsel' })).toBeVisible();
  await expect(page.getByLabel('Tema', { exact: true })).toHaveValue('Ensomhed blandt ældre');
  await expect(page.getByLabel('Startdato')).toHaveValue('01.12.2026');
  await expect(page.getByLabel('Udfordringen')).toHaveValue('Mange ældre ser kun få mennesker i løbet af en uge.');
  await expect(page.getByLabel('Netværkstype')).toHaveValue('velfaerd');
  for (const [role, name] of roles) {
    await expect(page.locator(`[data-role]`, { hasText: role }).locator('strong')).toHaveText(name);
  }

  const onDisk = await app.readDataFile();
  const saved = onDisk.networks.find((n) => n.name === 'Sammen om ældres trivsel');
  expect(saved).toBeDefined();
  expect(saved?.theme).toBe('Ensomhed blandt ældre');
  expect(saved?.ambition).toBe('Tre nye mødesteder afprøvet inden sommer.');
  expect(saved?.endDate).toBe('2027-05-31');
  const nameOf = (id: string | null | undefined) => onDisk.people.find((p) => p.id === id)?.name;
  expect(nameOf(saved?.roleHolders.netvaerksleder)).toBe('Hanne Vestergaard');
  expect(nameOf(saved?.roleHolders.codriver)).toBe('Ali Yilmaz');
  expect(nameOf(saved?.roleHolders.referenceleder)).toBe('Birgitte Dahl');
  expect(nameOf(saved?.roleHolders.personaleleder)).toBe('Ole Kristensen');
  expect(saved?.participants.map((p) => nameOf(p.personId))).toEqual(['Karen Mortensen']);
});

test('a network is archived, restored, deleted, brought back with undo and deleted for good', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Opret dit første netværk' }).click();
  await page.getByLabel('Navn på netværket').fill('Grøn omstilling i institutionerne');
  await page.getByRole('button', { name: 'Opret netværk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grøn omstilling i institutionerne');

  await page.getByRole('button', { name: 'Arkivér' }).click();
  await expect(page.getByText('Netværket er arkiveret.')).toBeVisible();
  expect((await app.readDataFile()).networks[0]?.archivedAt).not.toBeNull();
  await page.getByRole('link', { name: 'Overblik' }).click();
  await expect(page.getByTestId('network-card')).toHaveCount(0);

  await page.getByRole('link', { name: 'Netværk', exact: true }).click();
  await page.getByLabel('Vis arkiverede').check();
  await page.getByTestId('network-card').filter({ hasText: 'Grøn omstilling' }).click();
  await page.getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByText('Netværket er arkiveret.')).toHaveCount(0);
  expect((await app.readDataFile()).networks[0]?.archivedAt).toBeNull();

  await page.getByRole('button', { name: 'Slet' }).click();
  const confirm = page.getByRole('dialog', { name: 'Slet netværket?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Annullér' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grøn omstilling i institutionerne');

  await page.getByRole('button', { name: 'Slet' }).click();
  await confirm.getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('heading', { name: 'Velkommen til Ledelsesrum' })).toBeVisible();
  expect((await app.readDataFile()).networks).toHaveLength(0);

  await page.getByTestId('toast').filter({ hasText: 'er slettet' }).getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByTestId('network-card')).toHaveCount(1);
  expect((await app.readDataFile()).networks.map((n) => n.name)).toEqual(['Grøn omstilling i institutionerne']);

  await page.getByTestId('network-card').click();
  await page.getByRole('button', { name: 'Slet' }).click();
  await page.getByRole('dialog', { name: 'Slet netværket?' }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('heading', { name: 'Velkommen til Ledelsesrum' })).toBeVisible();
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Velkommen til Ledelsesrum' })).toBeVisible();
  expect((await app.readDataFile()).networks).toHaveLength(0);
});

test('the example network fills the app for a first look', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  await expect(page.locator('[data-role="codriver"] strong')).toHaveText('Jonas Bech');
  await app.screenshot('netvaerk-eksempel');
  await app.screenshot('netvaerk-eksempel-roller', '#participants-title');
  await page.getByRole('link', { name: 'Overblik' }).click();
  await expect(page.getByTestId('network-card')).toHaveCount(1);
  await expect(page.getByTestId('network-card')).toContainText('4 af 4 roller besat');
  await app.screenshot('overblik-eksempel');
  await page.getByRole('link', { name: 'Personer' }).click();
  await expect(page.getByRole('button', { name: /Redigér/ })).toHaveCount(8);
  await app.screenshot('personer');
});
