/**
 * Runs a built page in Chromium the way the app runs it: served from a made-up origin with the
 * app's CSP, and window.api bridged through a Playwright binding to a dispatcher in this process.
 * Shared by the end-to-end fixtures and the benchmarks, so both see the app exactly alike.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { contentTypeFor } from '../../electron/main/security/resolve-app-path';
import { BINDING_NAME } from '../../electron/preview/browser-bridge-name';
import { contentSecurityPolicy } from '../../electron/shared/security/csp';
import type { Dispatch } from '../../electron/services/dispatcher';

/** The made-up origin built pages are served from inside the test browser. */
export const APP_ORIGIN = 'http://ledelsesrum.test';

/** The built browser bridge that turns the binding into window.api. */
export const BRIDGE_FILE = path.join(process.cwd(), 'dist', 'bridge', 'browser-bridge.js');

/** Answers every request to APP_ORIGIN with a file from `rootDir` (index.html for "/"), with the app's CSP. */
export async function serveBuiltPage(page: Page | BrowserContext, rootDir: string): Promise<void> {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rootDir, relative);
    const body = file.startsWith(rootDir + path.sep) ? await fs.readFile(file).catch(() => null) : null;
    if (!body) return route.fulfill({ status: 404, body: 'Ikke fundet' });
    return route.fulfill({
      status: 200,
      body,
      headers: { 'content-type': contentTypeFor(file), 'content-security-policy': contentSecurityPolicy() },
    });
  });
}

/**
 * Gives the page window.api, each call going to `dispatch()` (looked up per call, so a restart can swap it).
 * `onCall` hears which page made which call, so a test can hold a window to the channels it may use.
 */
export async function bridgeToServices(
  page: Page | BrowserContext,
  dispatch: () => Dispatch,
  onCall?: (caller: Page, channel: unknown) => void,
): Promise<void> {
  await page.exposeBinding(BINDING_NAME, (source, channel: unknown, input: unknown) => {
    onCall?.(source.page, channel);
    return dispatch()(channel, input);
  });
  await page.addInitScript({ path: BRIDGE_FILE });
}
