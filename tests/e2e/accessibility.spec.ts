import { seriousA11yViolations } from './axe';
import { expect, test } from './fixtures';

// Every screen, in both themes, with 0 serious or critical axe findings; reports go to artifacts/a11y.
for (const scheme of ['light', 'dark'] as const) {
  test(`the screens pass axe in the ${scheme} theme`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await app.open();
    expect(await seriousA11yViolations(page, `${scheme}-overblik-tom`)).toEqual([]);
    await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
    await page.getByTestId('toast').getByRole('button', { name: 'Luk' }).click();
    const screens: Array<[string, string]> = [
      ['netvaerk', ''],
      ['overblik', '#/'],
      ['netvaerksliste', '#/netvaerk'],
      ['personer', '#/personer'],
      ['indstillinger', '#/indstillinger'],
    ];
    for (const [name, hash] of screens) {
      if (hash) await app.open(hash);
      await page.waitForTimeout(100);
      expect(await seriousA11yViolations(page, `${scheme}-${name}`), name).toEqual([]);
    }
  });
}
