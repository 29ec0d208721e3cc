/**
 * Every screen is an address: each route and each meeting tab of the example opens from its address in
 * a fresh page and again after a reload; a meeting's tabs put themselves in the address, and Back and
 * Forward move between them.
 */
import { expect, test } from './fixtures';
import { exampleIds, exampleScreens, expectScreen } from './screens';

test('every route and tab of the example opens by address, fresh and after a reload', async ({ app }) => {
  // Two full loads of every screen: on a busy machine this takes minutes.
  test.setTimeout(300_000);
  const { page } = app;
  await app.loadExample();
  const ids = await exampleIds(app);
  for (const screen of exampleScreens(ids)) {
    await page.goto('about:blank');
    await app.open(screen.hash);
    await test.step(`${screen.name} fresh`, () => expectScreen(page, screen));
    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();
    await test.step(`${screen.name} after a reload`, () => expectScreen(page, screen));
  }
});

test('a meeting’s tabs follow the address: clicking changes it, Back and Forward move, a reload keeps the tab', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();
  const ids = await exampleIds(app);
  await app.open(`#/moeder/${ids.meeting}`);
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toHaveText('Dagsorden');

  await page.getByRole('tab', { name: 'Deltagere' }).click();
  await expect(page).toHaveURL(new RegExp(`#/moeder/${ids.meeting}/participants$`));
  await expect(page.getByRole('heading', { name: 'Deltagere og fremmøde' })).toBeVisible();
  // Arrow keys move along the tabs and the address with them.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/opsamling$/);
  await expect(page.getByRole('tab', { name: 'Opsamling' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Punkt for punkt' })).toBeVisible();

  await page.goBack();
  await expect(selected).toHaveText('Deltagere');
  await expect(page.getByRole('heading', { name: 'Deltagere og fremmøde' })).toBeVisible();
  await page.goForward();
  await expect(selected).toHaveText('Opsamling');
  await page.reload();
  await expect(selected).toHaveText('Opsamling');
  await expect(page.getByRole('heading', { name: 'Punkt for punkt' })).toBeVisible();

  // Typing another tab's address opens it.
  await page.evaluate((id) => (location.hash = `#/moeder/${id}/plan`), ids.meeting);
  await expect(selected).toHaveText('Plan');
  await expect(page.getByRole('heading', { name: 'Om mødet' })).toBeVisible();
});

test('a journal entry opened from the list keeps its address: a reload and Back show it again', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  const ids = await exampleIds(app);
  await app.open('#/refleksioner');
  await page.getByRole('link', { name: ids.reflectionTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/refleksioner/${ids.reflection}$`));
  await expect(page.getByRole('heading', { level: 1, name: ids.reflectionTitle })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ids.reflectionTitle })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Refleksioner' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: ids.reflectionTitle })).toBeVisible();
  await expect(page.getByText('Spørgsmål til refleksion')).toBeVisible();
});
