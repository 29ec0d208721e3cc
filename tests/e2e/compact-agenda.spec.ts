/**
 * The compact agenda and the meeting header at a laptop's 1366×768: one row per item with the details
 * on request, at least six of eight items in view, the time summary in view while scrolling with the
 * overrun warning, the overrunning item marked, the header's actions on one row and times that never
 * wrap (here and on Overblik). Screenshots of each for people to look at.
 */
import type { Locator } from '@playwright/test';
import { addDays, todayInCopenhagen } from '../../electron/shared/time';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** True when the element's text sits on one line: all its boxes (a wrapped one has a box per line) share a top. */
const oneLine = (locator: Locator) =>
  locator.evaluate((el) => new Set([...el.getClientRects()].map((box) => Math.round(box.top))).size === 1);

test('an agenda of eight items reads as eight rows, keeps its time summary in view, and marks the item that overruns', async ({
  app,
}) => {
  const { page } = app;
  const networkId = await app.loadExample();
  const meeting = await app.call('meetings:create', {
    networkId,
    date: addDays(todayInCopenhagen(new Date()), 2),
    startTime: '09:00',
    title: 'Status med jobcentret og ungdomsskolen',
    templateId: 'statusmoede',
  });
  await app.call('meetings:add-agenda-item', { id: meeting.id, item: { title: 'Nyt fra jobcentret', minutes: 10 } });
  await app.call('meetings:add-agenda-item', {
    id: meeting.id,
    item: { title: 'Praktikpladser i foråret', minutes: 10 },
  });
  await page.goto('about:blank'); // a fresh load reads the meeting made behind the page's back
  await app.open(`#/moeder/${meeting.id}/agenda`);
  const rows = page.locator('li[data-agenda-item]');
  await expect(rows).toHaveCount(8);

  // The header: its actions on one row, the time whole.
  const actions = page
    .locator('.actions')
    .first()
    .getByRole('button')
    .or(page.locator('.actions').first().getByRole('link'));
  const tops = new Set<number>();
  for (const action of await actions.all()) tops.add(Math.round((await action.boundingBox())?.y ?? -1));
  expect([...tops].length).toBe(1);
  const when = page.locator('.page-head .part');
  for (const part of await when.all()) expect(await oneLine(part)).toBe(true);
  await app.dismissToasts();
  await app.screenshot('moede-hoved');

  // One row per item: kind, method and the rest open on request.
  await expect(page.locator('select[id^="agenda-method-"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Detaljer for punkt 1' }).click();
  await expect(page.getByLabel('Metode')).toBeVisible();
  await page.getByRole('button', { name: 'Detaljer for punkt 1' }).click();
  await expect(page.getByLabel('Metode')).toHaveCount(0);

  // With the agenda at the top of the window, at least six of the eight rows are in full view.
  await page.getByRole('heading', { name: 'Dagsorden', exact: true }).evaluate((el) => el.scrollIntoView());
  const inView = await rows.evaluateAll(
    (items) => items.filter((item) => item.getBoundingClientRect().bottom <= window.innerHeight).length,
  );
  expect(inView).toBeGreaterThanOrEqual(6);
  for (const clock of await page.getByTestId('agenda-clock').all()) expect(await oneLine(clock)).toBe(true);
  await app.screenshot('dagsorden-8-punkter');

  // With three rows' details open the agenda is taller than the window: scrolled to the last item, the
  // first rows have left the view but the summary with its warning has not; the late items are marked.
  for (const n of [1, 2, 3]) await page.getByRole('button', { name: `Detaljer for punkt ${n}` }).click();
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows.first()).not.toBeInViewport();
  const balance = page.getByTestId('agenda-balance');
  await expect(balance).toContainText('Dagsordenen er 20 min for lang.');
  await expect(balance).toBeInViewport();
  await expect(rows.last()).toContainText('Over tiden');
  await expect(rows.first()).not.toContainText('Over tiden');
  await app.screenshot('dagsorden-nederst');

  // Overblik: the meeting's time on one line in its week card.
  await app.open('#/');
  const times = page.getByTestId('meeting-time');
  await expect(times.first()).toBeVisible();
  for (const time of await times.all()) expect(await oneLine(time)).toBe(true);
  await app.screenshot('overblik');
});
