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
type ScrolledList = (typeof LISTS)[number];

/**
 * How many times each list is scrolled at the screen's pace. Traces of late frames on shared machines
 * showed frames where no thread of the page had work for 30–40 ms (the machine gave the time to
 * something else): that noise only ever adds late frames, while a stutter the app causes comes back in
 * every run. So the best of three runs is judged, and every run's count is kept in the results.
 */
const PACED_RUNS = 3;

/**
 * Scrolls each long list from top to bottom and back:
 * - at the screen's pace (60 frames a second, as on a laptop), three times: frames later than their
 *   16.7 ms slot are the stutter a reader sees, and the goal is none;
 * - unpaced, once: each frame is drawn as soon as the last is done, with every thread of the browser
 *   competing for the cores. How long those frames take shows how much room is left; on a shared
 *   two-core machine it mostly measures the machine, so it is shown without a goal.
 */
export async function measureScroll(services: TempServices, rendererDir: string, years: number): Promise<Figure[]> {
  return [
    ...(await measurePaced(services, rendererDir, years)),
    ...(await measureUnpaced(services, rendererDir, years)),
  ];
}

async function measurePaced(services: TempServices, rendererDir: string, years: number): Promise<Figure[]> {
  const runs = new Map<ScrolledList['name'], number[][]>(LISTS.map((list) => [list.name, []]));
  const browser = await launchBenchBrowser('paced');
  try {
    // The lists take turns, so a noisy minute on the machine does not fall on one list's runs only.
    for (let run = 0; run < PACED_RUNS; run += 1) {
      for (const list of LISTS) runs.get(list.name)?.push(await scrollList(browser, services, rendererDir, list));
    }
  } finally {
    await browser.close();
  }
  return LISTS.map((list) => {
    const lateCounts = (runs.get(list.name) ?? []).map((gaps) => gaps.filter((gap) => gap > LATE_GAP_MS).length);
    const best = lateCounts.indexOf(Math.min(...lateCounts));
    const gaps = runs.get(list.name)?.[best] ?? [];
    const detail: Record<string, number> = { frames: gaps.length, longestGapMs: round(Math.max(...gaps)) };
    lateCounts.forEach((count, run) => (detail[`lateFramesRun${run + 1}`] = count));
    return atMost(
      `scroll.${list.name}.${years}y.lateFrames`,
      `Rul i ${list.label}, ${years} år, 60 billeder/s: billeder over 16,7 ms (bedste af ${PACED_RUNS})`,
      lateCounts[best] ?? 0,
      'frames',
      0,
      detail,
    );
  });
}

async function measureUnpaced(services: TempServices, rendererDir: string, years: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  const browser = await launchBenchBrowser('unpaced');
  try {
    for (const list of LISTS) {
      const gaps = await scrollList(browser, services, rendererDir, list);
      figures.push(
        info(
          `scroll.${list.name}.${years}y.unpacedP95`,
          `Rul i ${list.label}, ${years} år, uden skærmtakt: billedtid p95`,
          round(percentile(gaps, 0.95)),
          'ms',
          {
            frames: gaps.length,
            over16_7: gaps.filter((gap) => gap > FRAME_MS).length,
            maxMs: round(Math.max(...gaps)),
          },
        ),
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}

async function scrollList(
  browser: Browser,
  services: TempServices,
  rendererDir: string,
  list: ScrolledList,
): Promise<number[]> {
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
  return page.evaluate<number[]>(SCROLL_SCRIPT);
}
