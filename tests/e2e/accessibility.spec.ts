import { promises as fs } from 'node:fs';
import path from 'node:path';
import { seriousA11yViolations, type AxeViolation } from './axe';
import { expect, test, type TestApp } from './fixtures';

type Scan = { screen: string; open: (app: TestApp) => Promise<void> };

/** Every screen and overlay of the app with the example network and an agreement in it. */
function screens(ids: { network: string; meeting: string; reflection: string; agreement: string }): Scan[] {
  const route = (screen: string, hash: string): Scan => ({ screen, open: (app) => app.open(hash) });
  return [
    route('overblik', '#/'),
    route('netvaerksliste', '#/netvaerk'),
    route('netvaerk', `#/netvaerk/${ids.network}`),
    route('personer', '#/personer'),
    route('moeder-liste', '#/moeder'),
    {
      screen: 'moeder-uge',
      open: async (app) => {
        await app.open('#/moeder');
        await app.page.getByRole('radio', { name: 'Uge' }).check();
      },
    },
    route('nyt-moede', '#/moeder/ny'),
    route('moede-plan', `#/moeder/${ids.meeting}/plan`),
    route('moede-dagsorden', `#/moeder/${ids.meeting}/agenda`),
    route('moede-deltagere', `#/moeder/${ids.meeting}/participants`),
    route('moede-opsamling', `#/moeder/${ids.meeting}/opsamling`),
    route('roller', '#/roller'),
    route('rolle-co-driver', `#/roller/codriver?netvaerk=${ids.network}`),
    route('refleksioner', '#/refleksioner'),
    route('refleksion', `#/refleksioner/${ids.reflection}`),
    route('aftaler', '#/aftaler'),
    ...[1, 2, 3, 4, 5].map((step) => route(`aftale-trin-${step}`, `#/aftaler/${ids.agreement}/trin/${step}`)),
    route('indstillinger', '#/indstillinger'),
    {
      screen: 'soegning',
      open: async (app) => {
        await app.open('#/');
        await app.page.keyboard.press('Control+k');
        await app.page.keyboard.type('unge');
        await expect(
          app.page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first(),
        ).toBeVisible();
      },
    },
    {
      screen: 'tastaturgenveje',
      open: async (app) => {
        await app.open('#/');
        await app.page.locator('body').press('?');
        await expect(app.page.getByRole('dialog', { name: 'Tastaturgenveje' })).toBeVisible();
      },
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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
    const onDisk = await app.readDataFile();
    const network = onDisk.networks[0]?.id ?? '';
    const { id: agreement } = await app.call('agreements:start', {
      networkId: network,
      counterpart: 'referenceleder',
    });
    const ids = {
      network,
      meeting: onDisk.meetings.find((m) => m.decisions.length > 0)?.id ?? '',
      reflection: onDisk.reflections[0]?.id ?? '',
      agreement,
    };
    expect(Object.values(ids)).not.toContain('');
    await page.goto('about:blank'); // start afresh so the app reads the agreement made behind its back

    for (const scan of screens(ids)) {
      await scan.open(app);
      await page.locator('main[aria-busy="false"]').waitFor();
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
