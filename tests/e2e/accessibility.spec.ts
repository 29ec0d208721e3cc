import { promises as fs } from 'node:fs';
import path from 'node:path';
import { seriousA11yViolations, type AxeViolation } from './axe';
import type { Page } from '@playwright/test';
import { EXAMPLE_NETWORK, expect, test, type TestApp } from './fixtures';
import { exampleIds, exampleScreens, expectScreen, type ExampleIds } from './screens';

type Scan = { screen: string; open: (app: TestApp) => Promise<void>; shows: (page: Page) => Promise<void> };

/** Every screen and overlay of the app with the example network and an agreement in it. */
function screens(ids: ExampleIds): Scan[] {
  const byAddress = exampleScreens(ids).map((screen): Scan => ({
    screen: screen.name,
    open: (app) => app.open(screen.hash),
    shows: (page) => expectScreen(page, screen),
  }));
  return [
    ...byAddress,
    {
      screen: 'moeder-uge',
      open: async (app) => {
        await app.open('#/moeder');
        await app.page.getByRole('radio', { name: 'Uge' }).check();
      },
      shows: (page) => expect(page.getByRole('heading', { level: 3, name: /^mandag/ })).toBeVisible(),
    },
    {
      screen: 'nyt-moede',
      open: (app) => app.open('#/moeder/ny'),
      shows: (page) => expect(page.getByRole('dialog', { name: 'Nyt møde' }).getByLabel('Start fra')).toBeVisible(),
    },
    {
      screen: 'soegning',
      open: async (app) => {
        await app.open('#/');
        await app.page.keyboard.press('Control+k');
        await app.page.keyboard.type('unge');
      },
      shows: (page) =>
        expect(page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first()).toBeVisible(),
    },
    {
      screen: 'tastaturgenveje',
      open: async (app) => {
        await app.open('#/');
        await app.page.locator('body').press('?');
      },
      shows: (page) =>
        expect(page.getByRole('dialog', { name: 'Tastaturgenveje' }).getByRole('term').first()).toBeVisible(),
    },
  ];
}

// Every screen, in both themes, with 0 serious or critical axe findings; reports go to artifacts/a11y.
for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await app.open();
    const found: Record<string, AxeViolation[]> = {
      'overblik-tom': await seriousA11yViolations(page, `${scheme}-overblik-tom`),
    };

    await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_NETWORK);
    const ids = await exampleIds(app);
    await page.goto('about:blank'); // start afresh so the app reads the agreement made behind its back

    for (const scan of screens(ids)) {
      await scan.open(app);
      await page.locator('main[aria-busy="false"]').waitFor();
      // The screen has its content before it is scanned: a blank page would pass any scan.
      await scan.shows(page);
      found[scan.screen] = await seriousA11yViolations(page, `${scheme}-${scan.screen}`);
      await page.keyboard.press('Escape');
    }
    const summary = Object.fromEntries(
      Object.entries(found).map(([screen, violations]) => [screen, violations.length]),
    );
    await fs.writeFile(path.resolve('artifacts', 'a11y', `${scheme}-summary.json`), JSON.stringify(summary, null, 2));
    expect(Object.keys(summary)).toHaveLength(screens(ids).length + 1);
    expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
  });
}
