import { seriousA11yViolations } from './axe';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

// Found in nothing the app shows but the entry, so its absence from the page means the text is gone from it.
const TITLE = 'Samtalen med Lone';
const WORD = 'Pindsvinekaktus';
const PASSCODE = 'blå-hest-47';

test('Ctrl+L locks: the window shows only the lock screen with no entry text in it, a wrong passcode is refused and slowed, the right one opens', async ({
  app,
}) => {
  const { page } = app;
  await app.call('reflections:create', { kind: 'fri', title: TITLE, body: `Kun til mig: ${WORD}`, private: true });

  // Without a passcode there is nothing to lock with.
  await app.open('#/indstillinger');
  const section = page.getByRole('region', { name: 'Kryptering og lås' });
  await expect(section).toContainText('datafilen, ændringsloggen og sikkerhedskopierne');
  await expect(section).toContainText('Gendannelseskoden er de 25 tegn');
  await expect(section.getByTestId('passcode-status')).toHaveText(/ikke valgt/);
  await expect(section.getByRole('button', { name: 'Lås nu' })).toBeDisabled();

  await section.getByRole('button', { name: 'Vælg adgangskode' }).click();
  await section.getByLabel('Ny adgangskode (mindst 6 tegn)').fill(PASSCODE);
  await section.getByLabel('Skriv den nye igen').fill(PASSCODE);
  await section.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Adgangskoden er valgt.')).toBeVisible();
  await expect(section.getByTestId('passcode-status')).toHaveText('Adgangskode: valgt.');
  await expect(section.getByRole('button', { name: 'Lås nu' })).toBeEnabled();
  await app.dismissToasts();
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('kryptering-og-laas');
  expect(await seriousA11yViolations(page, 'light-kryptering-og-laas')).toEqual([]);

  await app.open('#/refleksioner');
  await expect(page.getByText(TITLE)).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Ledelsesrum er låst' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(TITLE);
  expect(html).not.toContain(WORD);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  // The services refuse everything but the vault while locked, whatever the window asks.
  const refused = await page.evaluate(async () => {
    type Bridge = { reflections: { summaries(input: object): Promise<{ ok: boolean }> } };
    return (await (window as unknown as { api: Bridge }).api.reflections.summaries({})).ok;
  });
  expect(refused).toBe(false);
  await app.screenshot('laast');

  const field = page.getByLabel('Adgangskode');
  const unlock = page.getByRole('button', { name: 'Lås op' });
  await field.fill('forkert-gæt');
  await unlock.click();
  await expect(page.getByText('Adgangskoden passer ikke. Intet er ændret.')).toBeVisible();
  await expect(page.getByTestId('vault-wait')).toContainText('prøv igen om');
  await expect(unlock).toBeDisabled();
  await app.screenshot('laast-forkert-kode');
  expect(await seriousA11yViolations(page, 'light-laast')).toEqual([]);

  // Once the wait is over, the right passcode opens the data again.
  await expect(unlock).toBeEnabled();
  await field.fill(PASSCODE);
  await unlock.click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await app.open('#/refleksioner');
  await expect(page.getByText(TITLE)).toBeVisible();

  // The passcode is asked at every start too: the key is no longer kept for this machine alone.
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Ledelsesrum er låst' })).toBeVisible();
  await page.getByLabel('Adgangskode').fill(PASSCODE);
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('the passcode is changed and removed in Indstillinger only with the current one; a wrong one is refused and changes nothing', async ({
  app,
}) => {
  const { page } = app;
  await app.call('vault:set-passcode', { passcode: PASSCODE });
  await app.open('#/indstillinger');
  const section = page.getByRole('region', { name: 'Kryptering og lås' });
  const status = section.getByTestId('passcode-status');
  await expect(status).toHaveText('Adgangskode: valgt.');

  await section.getByRole('button', { name: 'Skift adgangskode' }).click();
  await section.getByLabel('Nuværende adgangskode').fill(PASSCODE);
  await section.getByLabel('Ny adgangskode (mindst 6 tegn)').fill('ny-kode-123');
  await section.getByLabel('Skriv den nye igen').fill('ny-kode-123');
  await section.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Adgangskoden er skiftet.')).toBeVisible();

  await section.getByRole('button', { name: 'Fjern adgangskode' }).click();
  const current = section.getByLabel('Nuværende adgangskode');
  const remove = section.locator('form').getByRole('button', { name: 'Fjern adgangskode' });
  await current.fill(PASSCODE);
  await remove.click();
  await expect(page.getByText(/Den nuværende adgangskode passer ikke\. Intet er ændret\./)).toBeVisible();
  await expect(status).toHaveText('Adgangskode: valgt.');

  // The right one is taken once the wait after the wrong one is over.
  await expect(async () => {
    await current.fill('ny-kode-123');
    await remove.click();
    await expect(status).toHaveText(/ikke valgt/, { timeout: 1000 });
  }).toPass();
  await expect(section.getByRole('button', { name: 'Lås nu' })).toBeDisabled();
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('toast').last()).toContainText(
    'Vælg først en adgangskode under Indstillinger › Kryptering og lås.',
  );
});
