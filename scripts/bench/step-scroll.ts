import type { Browser, Page } from '@playwright/test';
import type { TempServices } from '../../tests/support/temp-services';
import { bridgedPage, openAndTime } from './browser-session';
import { atMost, info, type Figure } from './figures';
import { percentile, round } from './stats';

/** Longest a frame may take at 60 frames a second. */
const FRAME_BUDGET_MS = 16.7;

/**
 * Scrolls a long list from top to bottom and back at a steady pace and records the time between
 * animation frames. Frames are not tied to the screen's refresh (see launchBenchBrowser), so each
 * delta is what that frame really cost.
 */
export async function measureScroll(browser: Browser, services: TempServices, rendererDir: string, years: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, label, hash, listReady] of [
    ['journal', 'journalen', '#/refleksioner', '[data-testid="journal-count"]'],
    ['meetings', 'mødelisten', '#/moeder', 'main[aria-busy="false"] h1'],
  ] as const) {
    const page = await bridgedPage(browser, rendererDir, services.dispatch, 'main[aria-busy="false"] h1');
    await openAndTime(page, `index.html${hash}`);
    await page.locator(listReady).first().waitFor();
    // The meeting list opens on upcoming meetings; years of data are only in the list of all of them.
    if (name === 'meetings') await page.getByRole('radio', { name: 'Alle', exact: true }).check();
    const frames = await scrollFrames(page);
    await page.close();
    const over = frames.filter((f) => f > FRAME_BUDGET_MS).length;
    figures.push(
      atMost(`scroll.${name}.${years}y.longFrames`, `Rul i ${label}, ${years} år: billeder over ${FRAME_BUDGET_MS} ms`, over, 'frames', 0, {
        frames: frames.length,
        p95Ms: round(percentile(frames, 0.95)),
        maxMs: round(Math.max(...frames)),
      }),
      info(`scroll.${name}.${years}y.p95`, `Rul i ${label}, ${years} år: billedtid p95`, round(percentile(frames, 0.95)), 'ms'),
    );
  }
  return figures;
}

/**
 * Scrolls the app's scrolling area 80 px a frame, down (at most 600 frames) and back up, returning
 * each frame's time. Kept as page source text: the bench runs through a compiler that would wrap
 * functions in helpers the page does not have.
 */
const SCROLL_SCRIPT = `(async () => {
  const scroller = document.querySelector('main');
  if (!scroller) throw new Error('no scrolling area');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const deltas = [];
  let last = await frame();
  let direction = 1;
  for (let i = 0; i < 1200; i += 1) {
    scroller.scrollTop += 80 * direction;
    const now = await frame();
    deltas.push(now - last);
    last = now;
    const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    if (direction === 1 && (atEnd || i >= 600)) direction = -1;
    else if (direction === -1 && scroller.scrollTop <= 0) break;
  }
  return deltas;
})()`;

function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(SCROLL_SCRIPT) as Promise<number[]>;
}
