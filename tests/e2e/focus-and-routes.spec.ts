/**
 * The keyboard user's path through the app: the shortcuts work any number of times in a row, Esc
 * leaves the page and its address as they were, focus goes to the new page's heading after every
 * navigation and back to what opened a dialog when it closes.
 */
import type { Page } from '@playwright/test';
import { EXAMPLE_NETWORK, expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** The page's main heading has focus, and it says what is expected. */
async function headingFocused(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test('Alt+N, Esc, Alt+N, Esc, Alt+N: the new-meeting dialog opens every time, and a meeting made by keyboard gets the focus', async ({
  app,
}) => {
  const { page } = app;
  await app.call('networks:load-example', {});
  await app.open('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overblik' })).toBeVisible();
  const address = page.url();
  const dialog = page.getByRole('dialog', { name: 'Nyt møde' });

  for (let round = 1; round <= 3; round++) {
    await page.keyboard.press('Alt+n');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    if (round === 3) break;
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The page and its address are as they were; focus is back on the page, not on the body.
    expect(page.url()).toBe(address);
    await headingFocused(page, 'Overblik');
  }

  // The third time the meeting is made, by keyboard alone.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Start fra')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mødets titel')).toBeFocused();
  await page.keyboard.type('Kort møde om praktikpladser');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'Kort møde om praktikpladser');
  await expect(page.getByRole('link', { name: 'Roller' })).not.toBeFocused();

  // From the meeting page, Alt+N plans for the same network, and Esc gives focus back where it was.
  await page.getByRole('tab', { name: 'Deltagere' }).focus();
  await page.keyboard.press('Alt+n');
  await expect(dialog.getByLabel('Netværk')).toHaveValue(
    (await app.readDataFile()).networks.find((n) => n.name === EXAMPLE_NETWORK)?.id ?? '',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: 'Deltagere' })).toBeFocused();

  // An old address for the dialog still opens it, and closing it leaves the address at the list.
  await app.open('#/moeder/ny');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/moeder$/);
  await page.keyboard.press('Alt+n');
  await expect(dialog).toBeVisible();
});

test('Alt+R three times in a row opens a new journal entry each time, with the focus on it', async ({ app }) => {
  const { page } = app;
  await app.call('networks:load-example', {});
  await app.open('#/');
  const seen = new Set<string>();
  for (let round = 1; round <= 3; round++) {
    await page.keyboard.press('Alt+r');
    await expect(page).toHaveURL(/#\/refleksioner\/(?!ny)[^/]+$/);
    seen.add(page.url());
    await expect(page.locator('#main :focus')).toHaveCount(1);
    const focusedTag = await page.evaluate(() => document.activeElement?.tagName);
    expect(['H1', 'INPUT', 'TEXTAREA', 'SELECT']).toContain(focusedTag);
  }
  expect(seen.size).toBe(3);
});

test('Ctrl+K any number of times: Esc gives focus back, a chosen result moves it to the new page’s heading', async ({
  app,
}) => {
  const { page } = app;
  await app.call('networks:load-example', {});
  await app.open('#/personer');
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  const search = page.getByRole('dialog', { name: 'Søg i alt' });
  const trigger = page.getByRole('link', { name: 'Personer' });
  await trigger.focus();

  for (let round = 1; round <= 3; round++) {
    await page.keyboard.press('Control+k');
    await expect(search).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Søgeord' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
    await expect(trigger).toBeFocused();
  }

  await page.keyboard.press('Control+k');
  await page.keyboard.type(EXAMPLE_NETWORK);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await headingFocused(page, EXAMPLE_NETWORK);
  await page.keyboard.press('Control+k');
  await expect(search).toBeVisible();
});

test('focus lands on the heading after every navigation: the menu by Alt+1–9, links and Back', async ({ app }) => {
  const { page } = app;
  await app.call('networks:load-example', {});
  await app.open('#/');
  const sections = await page.locator('nav[aria-label] a').allInnerTexts();
  expect(sections.length).toBeGreaterThan(4);
  // Last section first, so every press goes somewhere new and ends back on Overblik.
  for (let i = Math.min(sections.length, 9); i >= 1; i--) {
    await page.keyboard.press(`Alt+${i}`);
    await expect(page.locator('#main h1')).toBeFocused();
    await expect(page.locator('#main h1')).not.toBeEmpty();
  }
  await headingFocused(page, 'Overblik');

  // A link inside a page, then Back.
  await app.open('#/netvaerk');
  await page.getByRole('link', { name: EXAMPLE_NETWORK }).first().focus();
  await page.keyboard.press('Enter');
  await headingFocused(page, EXAMPLE_NETWORK);
  await page.goBack();
  await headingFocused(page, 'Netværk');

  // A dialog opened from a button gives the focus back to that button.
  await app.open(`#/netvaerk`);
  const newNetwork = page.getByRole('button', { name: 'Nyt netværk' });
  await newNetwork.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Nyt netværk' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(newNetwork).toBeFocused();
});
