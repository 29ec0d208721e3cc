import path from 'node:path';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import type { TempServices } from '../../tests/support/temp-services';
import { bridgedPage, openAndTime } from './browser-session';
import { atMost, type Figure } from './figures';
import { median, round } from './stats';

/** Where the bare baseline page is built. */
export const BARE_DIR = path.join(process.cwd(), 'dist', 'bench-bare');

/** Builds the bare baseline page with Vite, as the renderer is built. */
export async function buildBarePage(): Promise<void> {
  await build({ configFile: path.join(process.cwd(), 'scripts', 'bench', 'bare', 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * From navigation to the first frame after Overblik is ready (the app's own "not busy" signal),
 * against the bare page fetching the same data through the same bridge. Runs alternate between
 * the two, each in a fresh page, and the medians are compared.
 */
export async function measureOpen(
  browser: Browser,
  services: TempServices,
  rendererDir: string,
  years: number,
  runs = 7,
): Promise<Figure[]> {
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const appPage = await bridgedPage(browser, rendererDir, services.dispatch, 'main[aria-busy="false"] h1');
    const appMs = await openAndTime(appPage, 'index.html#/');
    await appPage.close();
    const barePage = await bridgedPage(browser, BARE_DIR, services.dispatch, 'main[aria-busy="false"]');
    const bareMs = await openAndTime(barePage, 'index.html');
    await barePage.close();
    // The first pair warms up the browser and the services' caches; it is not counted.
    if (i === 0) continue;
    app.push(appMs);
    bare.push(bareMs);
  }
  return [
    atMost(
      `open.${years}y.ratio`,
      `Åbn til Overblik, ${years} år: app / bar side (median)`,
      round(median(app) / median(bare)),
      '×',
      1.5,
      {
        appMedianMs: round(median(app)),
        bareMedianMs: round(median(bare)),
      },
    ),
  ];
}
