import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/preview-server';
import { startTempServices } from '../support/temp-services';
import { expect, test } from './fixtures';

// The browser preview: the same built app over HTTP on 127.0.0.1, with the token from the page.
test('the preview serves the app and saves through the HTTP bridge', async ({ page }) => {
  const services = await startTempServices();
  const server = await startPreviewServer({
    rendererDir: path.resolve('dist/renderer'),
    bridgeFile: path.resolve('dist/bridge/browser-bridge.js'),
    dispatch: services.dispatch,
  });
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Flere unge i job og uddannelse' })).toBeVisible();
    await page.getByLabel('Tema', { exact: true }).fill('Unge mellem 15 og 25 år');
    await page.getByLabel('Tema', { exact: true }).blur();
    await expect(page.getByText('Alt er gemt')).toBeVisible();
    await expect.poll(() => services.store.data.networks[0]?.theme).toBe('Unge mellem 15 og 25 år');

    // A call without the token this run put into the page is refused.
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}api/networks:list`, {
        method: 'POST',
        body: '{}',
        headers: { 'x-ledelsesrum-token': 'forkert' },
      });
      return response.status;
    }, server.url);
    expect(status).toBe(403);
  } finally {
    await server.close();
    await services.dispose();
  }
});

test('the dark theme follows the system setting', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await app.page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Flere unge i job og uddannelse');
  const background = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 24, 27)');
  await app.page.getByTestId('toast').getByRole('button', { name: 'Luk' }).click();
  await app.screenshot('netvaerk-moerk', '#roles-title');
});
