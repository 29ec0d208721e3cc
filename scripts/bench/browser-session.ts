import { chromium, type Browser, type Page } from '@playwright/test';
import type { Dispatch } from '../../electron/services/dispatcher';
import { APP_ORIGIN, bridgeToServices, serveBuiltPage } from '../../tests/support/bridged-page';
import { chromiumLaunchArgs, describeChromiumSearch, findChromium } from '../../tests/support/find-chromium';

/** Marks, in the page's own clock, the first frame after `selector` appears: window.__benchReadyAt. */
const READY_MARKER = (selector: string) => `
  (() => {
    const done = () => requestAnimationFrame(() => { window.__benchReadyAt = performance.now(); });
    const seen = () => document.querySelector(${JSON.stringify(selector)}) !== null;
    const watch = new MutationObserver(() => { if (seen()) { watch.disconnect(); done(); } });
    document.addEventListener('DOMContentLoaded', () => { if (seen()) done(); else watch.observe(document.body, { subtree: true, childList: true, attributes: true }); });
  })();
`;

/**
 * Chromium for measuring. `unpaced`: frames are not held to the screen's refresh, so each one is
 * drawn as soon as the last is done and every thread competes for the cores; otherwise frames come
 * 60 times a second, as on a laptop screen.
 */
export async function launchBenchBrowser(frames: 'paced' | 'unpaced' = 'unpaced'): Promise<Browser> {
  const found = await findChromium();
  if (!found) throw new Error(describeChromiumSearch());
  const unpaced = frames === 'unpaced' ? ['--disable-frame-rate-limit', '--disable-gpu-vsync'] : [];
  return chromium.launch({ executablePath: found.path, args: [...chromiumLaunchArgs(), '--lang=da-DK', ...unpaced] });
}

/** A fresh page serving `rootDir` with window.api bridged to `dispatch`, ready to open at APP_ORIGIN. */
export async function bridgedPage(
  browser: Browser,
  rootDir: string,
  dispatch: Dispatch,
  readySelector: string,
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  await bridgeToServices(page, () => dispatch);
  await page.addInitScript({ content: READY_MARKER(readySelector) });
  await serveBuiltPage(page, rootDir);
  return page;
}

/** Opens a page at a path and hash and returns milliseconds from navigation start to the first frame after it was ready. */
export async function openAndTime(page: Page, pathAndHash: string): Promise<number> {
  await page.goto(`${APP_ORIGIN}/${pathAndHash}`);
  await page.waitForFunction(
    () => typeof (window as { __benchReadyAt?: number }).__benchReadyAt === 'number',
    undefined,
    { timeout: 120_000 },
  );
  return page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt);
}
