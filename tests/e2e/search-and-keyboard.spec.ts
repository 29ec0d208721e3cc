import { seriousA11yViolations } from './axe';
import { expect, test } from './fixtures';

test('Ctrl+K finds a person and a network by keyboard alone, with Danish-aware matching', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  await page.getByRole('link', { name: 'Overblik' }).focus();

  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Søgeord' });
  await expect(box).toBeFocused();
  await page.keyboard.type('oestergaard');
  const options = page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option');
  await expect(options.first()).toContainText('Peter Østergaard');
  await expect(options.first().locator('.title mark')).toHaveText('Østergaard');
  await app.screenshot('soegning');
  expect(await seriousA11yViolations(page, 'light-soegning')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('uddannelse');
  await expect(page.getByRole('group', { name: 'Netværk' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
});

test('? shows the keyboard map; Alt+digit moves between sections; Ctrl+Z undoes the latest delete', async ({ app }) => {
  const { page } = app;
  await app.open('#/personer');
  await page.getByLabel('Ny person').fill('Bente Bundgaard');
  await page.getByRole('button', { name: 'Tilføj person' }).click();
  await page.getByRole('button', { name: 'Slet Bente Bundgaard' }).click();
  await expect(page.getByText('Personlisten er tom.')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /Bente Bundgaard/ }).first()).toBeVisible();
  expect((await app.readDataFile()).people.map((p) => p.name)).toEqual(['Bente Bundgaard']);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Tastaturgenveje' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Søg i alt');
  await app.screenshot('tastaturgenveje');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overblik');
});

test('English and dark theme are chosen in Indstillinger, take effect at once and are remembered', async ({ app }) => {
  const { page } = app;
  await app.open('#/indstillinger');
  await page.getByLabel('Sprog', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.screenshot('settings-en-dark');
  await app.restart();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousA11yViolations(page, 'dark-settings-en')).toEqual([]);

  // Two working screens in English and dark, with content in them.
  await app.open('#/');
  await page.getByRole('button', { name: 'Load an example network' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
  await app.dismissToasts();
  await app.screenshot('network-en-dark');
  const meetingId = (await app.readDataFile()).meetings.find((m) => m.decisions.length > 0)?.id ?? '';
  await app.open(`#/moeder/${meetingId}/opsamling`);
  await expect(page.getByRole('tab', { name: 'Wrap-up' })).toHaveAttribute('aria-selected', 'true');
  await app.screenshot('meeting-followup-en-dark');
  await app.open('#/refleksioner');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflections');
  await app.screenshot('journal-en-dark');
  await app.open('#/indstillinger');
  await page.getByLabel('Language', { exact: true }).selectOption('da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indstillinger');
  await expect.poll(async () => (await app.readDataFile()).profile).toMatchObject({ lang: 'da', theme: 'dark' });
});

test('a task, a reflection and an agreement are found and opened from the search by keyboard alone', async ({
  app,
}) => {
  const { page } = app;
  const networkId = await app.loadExample();
  const started = await app.call('agreements:start', { networkId, counterpart: 'referenceleder' });
  await app.call('agreements:update-draft', {
    id: started.id,
    patch: { topics: { 'referenceleder-moederytme': 'Vi holder kvartalsvis budgetopfølgning med direktøren.' } },
  });
  await page.goto('about:blank');
  await app.open();

  const box = page.getByRole('combobox', { name: 'Søgeord' });
  const results = page.getByRole('listbox', { name: 'Søgeresultater' });
  async function searchAndOpen(words: string, kind: string): Promise<void> {
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await page.keyboard.type(words);
    await expect(results.getByRole('group', { name: kind }).getByRole('option')).toHaveCount(1);
    // Walk down to the result of the wanted kind, as a keyboard user would.
    const target = results.getByRole('group', { name: kind }).getByRole('option');
    for (let step = 0; step < 20 && (await target.getAttribute('aria-selected')) !== 'true'; step += 1)
      await page.keyboard.press('ArrowDown');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(box).toBeHidden();
  }

  await searchAndOpen('interviewguide', 'Opgaver');
  await expect(page.getByRole('tab', { name: 'Opsamling' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: /fælles interviewguide/ })).toBeVisible();

  await searchAndOpen('stilheden', 'Refleksioner');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('At holde pausen');

  await searchAndOpen('budgetopfoelgning', 'Samarbejdsaftaler');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('referencelederen');
});
