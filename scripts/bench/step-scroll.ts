import type { Browser, Page } from '@playwright/test';
import type { TempServices } from '../../tests/support/temp-services';
import { bridgedPage, launchBenchBrowser, openAndTime } from './browser-session';
import { atMost, info, type Figure } from './figures';
import { percentile, round } from './stats';

/** One frame at 60 frames a second. */
const FRAME_MS = 1000 / 60;
/**
 * A frame whose work took longer than its 16.7 ms slot is shown a refresh late, so the gap before
 * the next one is two slots (33 ms) instead of one. Gaps beyond one and a half slots count.
 */
const LATE_GAP_MS = 1.5 * FRAME_MS;

const LISTS = [
  { name: 'journal', label: 'journalen', hash: '#/refleksioner', ready: '[data-testid="journal-count"]' },
  { name: 'meetings', label: 'mødelisten', hash: '#/moeder', ready: 'main[aria-busy="false"] h1' },
] as const;

/**
 * Scrolls each long list from top to bottom and back, twice:
 * - at the screen's pace (60 frames a second, as on a laptop): frames later than their 16.7 ms slot
 *   are the stutter a reader sees, and the goal is none;
 * - unpaced: each frame is drawn as soon as the last is done, with every thread of the browser
 *   competing for the cores. How long those frames take shows how much room is left; on a shared
 *   two-core machine it mostly measures the machine, so it is shown without a goal.
 */
export async function measureScroll(services: TempServices, rendererDir: string, years: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const frames of ['paced', 'unpaced'] as const) {
    const browser = await launchBenchBrowser(frames);
    try {
      for (const list of LISTS) {
        const gaps = await scrollList(browser, services, rendererDir, list);
        const key = `scroll.${list.name}.${years}y`;
        if (frames === 'paced') {
          const late = gaps.filter((gap) => gap > LATE_GAP_MS).length;
          figures.push(
            atMost(`${key}.lateFrames`, `Rul i ${list.label}, ${years} år, 60 billeder/s: billeder over 16,7 ms`, late, 'frames', 0, {
              frames: gaps.length,
              longestGapMs: round(Math.max(...gaps)),
            }),
          );
        } else {
          figures.push(
            info(`${key}.unpacedP95`, `Rul i ${list.label}, ${years} år, uden skærmtakt: billedtid p95`, round(percentile(gaps, 0.95)), 'ms', {
              frames: gaps.length,
              over16_7: gaps.filter((gap) => gap > FRAME_MS).length,
              maxMs: round(Math.max(...gaps)),
            }),
          );
        }
      }
    } finally {
      await browser.close();
    }
  }
  return figures;
}

async function scrollList(browser: Browser, services: TempServices, rendererDir: string, list: (typeof LISTS)[number]): Promise<number[]> {
  const page = await bridgedPage(browser, rendererDir, services.dispatch, 'main[aria-busy="false"] h1');
  try {
    await openAndTime(page, `index.html${list.hash}`);
    await page.locator(list.ready).first().waitFor();
    // The meeting list opens on upcoming meetings; years of data are only in the list of all of them.
    if (list.name === 'meetings') await page.getByRole('radio', { name: 'Alle', exact: true }).check();
    return await scrollFrames(page);
  } finally {
    await page.close();
  }
}

/**
 * Scrolls the app's scrolling area 80 px a frame, down (at most 600 frames) and back up, returning
 * the time between frames. Kept as page source text: the bench runs through a compiler that would
 * wrap functions in helpers the page does not have.
 */
const SCROLL_SCRIPT = `(async () => {
  const scroller = document.querySelector('main');
  if (!scroller) throw new Error('no scrolling area');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const gaps = [];
  let last = await frame();
  let direction = 1;
  for (let i = 0; i < 1200; i += 1) {
    scroller.scrollTop += 80 * direction;
    const now = await frame();
    gaps.push(now - last);
    last = now;
    const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    if (direction === 1 && (atEnd || i >= 600)) direction = -1;
    else if (direction === -1 && scroller.scrollTop <= 0) break;
  }
  return gaps;
})()`;

function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(SCROLL_SCRIPT) as Promise<number[]>;
}
