import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/preview-server';
import { startTempServices } from '../support/temp-services';
import { expect, test } from './fixtures';

// The browser preview: the same built app over HTTP on 127.0.0.1, entered through the one-time launch URL.
test('the preview lets in the launch URL, saves through the HTTP bridge and shows strangers only the door', async ({
  page,
  browser,
}) => {
  const services = await startTempServices();
  const server = await startPreviewServer({
    rendererDir: path.resolve('dist/renderer'),
    bridgeFile: path.resolve('dist/bridge/browser-bridge.js'),
    dispatch: services.dispatch,
  });
  try {
    const launchUrl = server.launchUrl();
    await page.goto(launchUrl);
    await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Flere unge i job og uddannelse' })).toBeVisible();
    // The secret left the address bar, and the session cookie is out of the page's reach.
    expect(page.url()).not.toContain('adgang');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.getByLabel('Tema', { exact: true }).fill('Unge mellem 15 og 25 år');
    await page.getByLabel('Tema', { exact: true }).blur();
    await expect(page.getByText('Alt er gemt')).toBeVisible();
    await expect.poll(() => services.store.data.networks[0]?.theme).toBe('Unge mellem 15 og 25 år');

    // Another browser with the plain address, or the used launch URL, sees only the door.
    const stranger = await browser.newPage();
    await stranger.goto(launchUrl);
    await expect(stranger.getByText('Adressen er allerede brugt.', { exact: false })).toBeVisible();
    expect(await stranger.evaluate(() => 'api' in window)).toBe(false);
    const status = await stranger.evaluate(
      async () => (await fetch('/api/networks:list', { method: 'POST', body: '{}' })).status,
    );
    expect(status).toBe(403);
    await stranger.close();

    // A new launch URL lets a second browser in.
    const second = await browser.newPage();
    await second.goto(server.renewLaunchUrl());
    await expect(second.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
    await second.getByRole('link', { name: 'Netværk', exact: true }).click();
    await expect(second.getByText('Flere unge i job og uddannelse').first()).toBeVisible();
    await second.close();
  } finally {
    await server.close();
    await services.dispose();
  }
});

test('the dark theme follows the system setting', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.loadExample();
  const background = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 24, 27)');
  await app.screenshot('netvaerk-moerk', '#roles-title');
});
