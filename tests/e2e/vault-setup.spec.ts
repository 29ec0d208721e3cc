import { seriousA11yViolations } from './axe';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 }, machineKeyStore: false });

const PASSCODE = 'rød-ugle-2026';

test('with no key store on the computer, the first start asks for a passcode, shows the recovery code once, and the code opens the data later', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await expect(page.getByRole('heading', { name: 'Vælg en adgangskode' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await app.screenshot('vaelg-adgangskode');

  const first = page.getByLabel('Ny adgangskode (mindst 6 tegn)');
  const second = page.getByLabel('Skriv den igen');
  const submit = page.getByRole('button', { name: 'Kryptér mine data' });
  await first.fill('kort');
  await submit.click();
  await expect(page.getByText('Adgangskoden skal være på mindst 6 tegn.')).toBeVisible();
  await first.fill(PASSCODE);
  await second.fill('noget-andet');
  await submit.click();
  await expect(page.getByText('De to felter er ikke ens.')).toBeVisible();
  await second.fill(PASSCODE);
  await submit.click();

  // The recovery code, once; Esc does not close it, only "Jeg har gemt koden" does.
  const dialog = page.getByRole('dialog', { name: 'Din gendannelseskode' });
  await expect(dialog).toBeVisible();
  const code = (await dialog.getByTestId('recovery-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await app.screenshot('gendannelseskode');
  expect(await seriousA11yViolations(page, 'light-gendannelseskode')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Gem som Word' }).click();
  await expect(dialog.getByRole('status')).toContainText('Arket med koden er gemt som');
  expect(app.savedFiles).toHaveLength(1);
  expect(app.savedFiles[0]).toMatch(/\.docx$/);
  await dialog.getByRole('button', { name: 'Jeg har gemt koden' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');

  // At the next start the data is closed; the recovery code, typed loosely, opens it and is not asked for again.
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Ledelsesrum er låst' })).toBeVisible();
  await page.getByRole('button', { name: 'Brug gendannelseskode' }).click();
  await page.getByLabel('Gendannelseskode').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Din gendannelseskode' })).toHaveCount(0);
  await app.open('#/netvaerk');
  await expect(page.getByTestId('network-card')).toContainText('Flere unge i job og uddannelse');
});
