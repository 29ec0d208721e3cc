import { promises as fs } from 'node:fs';
import type { Page } from '@playwright/test';
import { PROJECTOR_CHANNELS } from '../../electron/main/security/policies';
import type { Meeting, Person } from '../../electron/shared/entities';
import { inspectDocx } from '../support/docx-inspect';
import { seriousA11yViolations } from './axe';
import { expect, test, type TestApp } from './fixtures';

// Thursday 3 December 2026, 09:00 in Copenhagen: the meeting's own day and start.
const START = new Date('2026-12-03T08:00:00.000Z');
const SECRET = 'HEMMELIG facilitatornote';

/** A network with two participants and a four-item meeting on the fake clock's day. */
async function plannedMeeting(app: TestApp): Promise<{ meeting: Meeting; anna: Person }> {
  const network = await app.call('networks:create', { name: 'Sammen om ældres trivsel' });
  const anna = await app.call('people:create', { name: 'Anna Holm', email: '', unit: '' });
  const bo = await app.call('people:create', { name: 'Bo Lind', email: '', unit: '' });
  for (const person of [anna, bo]) await app.call('networks:add-participant', { id: network.id, personId: person.id });
  let meeting = await app.call('meetings:create', {
    networkId: network.id,
    date: '2026-12-03',
    startTime: '09:00',
    title: 'Status og pilotforsøg',
    durationMinutes: 60,
  });
  const items = [
    { title: 'Velkomst og runde', kind: 'orientering', minutes: 10, notes: SECRET },
    { title: 'Status fra arbejdsgrupperne', kind: 'droeftelse', minutes: 20 },
    { title: 'Pause', kind: 'pause', minutes: 10 },
    { title: 'Beslutning om pilotforsøg', kind: 'beslutning', minutes: 10 },
  ] as const;
  for (const item of items) meeting = await app.call('meetings:add-agenda-item', { id: meeting.id, item });
  return { meeting, anna };
}

async function cue(page: Page): Promise<string | null> {
  return page.getByTestId('item-cue').getAttribute('data-cue');
}

test('a facilitator runs a meeting on the clock, captures by keyboard, reloads, ends it and gets the referat in item order', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  // The fake clock stands still and moves only when told, so every figure on screen is exact.
  await page.clock.install({ time: new Date(START.getTime() - 60_000) });
  await page.clock.pauseAt(START);
  const { meeting } = await plannedMeeting(app);
  await app.open(`#/moeder/${meeting.id}`);
  await page.getByRole('link', { name: 'Afvikl mødet' }).click();

  // Attendance is ticked before the clock starts.
  await page.getByRole('checkbox', { name: 'Anna Holm' }).check();
  await expect
    .poll(
      async () => (await app.readDataFile()).meetings[0]?.participants.find((p) => p.name === 'Anna Holm')?.attendance,
    )
    .toBe('present');
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Velkomst og runde', exact: true })).toBeVisible();
  await expect(page.getByTestId('item-left')).toHaveText('10:00');
  expect(await cue(page)).toBe('ok');
  await expect(page.getByTestId('item-cue')).toHaveText('God tid');
  await expect(page.getByTestId('expected-end')).toHaveText('09:50');

  // The cues turn at 20 % left, at 5 % left and past the timebox, in colour and in words.
  await page.clock.fastForward('08:00');
  await expect(page.getByTestId('item-left')).toHaveText('2:00');
  await expect(page.getByTestId('item-cue')).toHaveText('Under 20 % af tiden tilbage');
  expect(await cue(page)).toBe('soon');
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('item-cue')).toHaveText('Næsten slut: under 5 % tilbage');
  expect(await cue(page)).toBe('last');
  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('item-cue')).toHaveText('Tiden er gået');
  expect(await cue(page)).toBe('over');
  await expect(page.getByTestId('item-left')).toHaveText('0:30');
  await app.screenshot('live-over-time');

  // +5 shows what gives before it happens; the coming items shrink, the last one first.
  const agendaBefore = page.getByRole('region', { name: 'Dagsorden' });
  await expect(agendaBefore.getByRole('listitem').nth(1)).toContainText('09:10');
  await page.keyboard.press('+');
  const adjust = page.getByRole('group', { name: /\+5 min/ });
  await expect(adjust.getByRole('radio', { name: 'De kommende punkter' })).toBeChecked();
  await expect(page.getByText('4. Beslutning om pilotforsøg: 10 → 5 min')).toBeVisible();
  await page.getByRole('radio', { name: 'Mødet bliver længere' }).check();
  await expect(page.getByText('Mødets længde: 0 → 5 min ekstra')).toBeVisible();
  await page.getByRole('radio', { name: 'De kommende punkter' }).check();
  await app.screenshot('live-adjust-preview');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Tidsramme 15 min (planlagt 10)')).toBeVisible();
  await expect(page.getByTestId('item-left')).toHaveText('4:30');
  const agenda = page.getByRole('region', { name: 'Dagsorden' });
  await expect(agenda.getByRole('listitem').nth(3)).toContainText('5 min');
  // The next item now starts five minutes later; the end holds because the last item gave the time.
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('09:15');
  await expect(page.getByTestId('expected-end')).toHaveText('09:50');

  // Two notes under the first item, by keyboard alone; the second is typed while the first saves.
  await page.keyboard.press('c');
  await expect(page.getByLabel(/Skriv en note/)).toBeFocused();
  await page.keyboard.type('Godt fremmøde fra alle');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Husk at sende oplægget');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-capture-entry')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Status fra arbejdsgrupperne', exact: true })).toBeVisible();
  await page.keyboard.press('c');
  await page.keyboard.type('b: Arbejdsgrupperne fortsætter til marts');
  await expect(page.getByText('Gemmes som: Beslutning')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-capture-entry')).toHaveText(['Beslutning Arbejdsgrupperne fortsætter til marts']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Beslutning om pilotforsøg', exact: true })).toBeVisible();
  await page.keyboard.press('c');
  await page.keyboard.type('o: Skriv projektbeskrivelsen');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Ansvarlig')).toBeFocused();
  await page.keyboard.type('Anna');
  await page.keyboard.press('Tab');
  await page.keyboard.type('15.12.2026');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('live-capture-entry')).toHaveText([
    /Opgave Skriv projektbeskrivelsen Anna Holm · Frist 15\.12\.2026/,
  ]);
  await app.screenshot('live-capture');

  // A line typed and not yet added, then a reload mid-meeting: clock, captures and the line are intact.
  await page.getByLabel(/Skriv en note/).pressSequentially('Halvt skrevet tanke');
  await page.clock.fastForward('02:00');
  const leftBefore = await page.getByTestId('item-left').innerText();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  await app.restart();
  await expect(page.getByRole('heading', { level: 2, name: 'Beslutning om pilotforsøg', exact: true })).toBeVisible();
  await expect(page.getByTestId('item-left')).toHaveText(leftBefore);
  await expect(page.getByLabel(/Skriv en note/)).toHaveValue('Halvt skrevet tanke');
  await expect(page.getByTestId('live-capture-entry')).toHaveCount(1);
  await page.getByLabel(/Skriv en note/).fill('');
  await page.getByLabel(/Skriv en note/).press('Escape');

  // Ending: held, planned against actual, the opsamling item by item and the referat in that order.
  await page.getByRole('button', { name: 'Afslut mødet' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Afslut mødet' }).click();
  await expect(page.getByRole('heading', { name: 'Mødet er afsluttet' })).toBeVisible();
  const times = page.getByRole('table');
  await expect(times.getByRole('row', { name: /1\. Velkomst og runde/ })).toContainText('10 min');
  await app.screenshot('live-ended');
  // The next meeting can be planned from today's real times: a template that keeps them.
  await page.getByLabel('Navn på skabelonen').fill('Status som den plejer at gå');
  await page.getByRole('button', { name: 'Gem med de faktiske tider' }).click();
  await expect(
    page.getByText('Skabelonen «Status som den plejer at gå» er gemt med dagens faktiske tider.'),
  ).toBeVisible();
  const ran = await times.getByRole('row').allInnerTexts();
  const template = (await app.readDataFile()).meetings.find((m) => m.title === 'Status som den plejer at gå');
  expect(template?.isTemplate).toBe(true);
  // Each item's timebox is the actual column of the table above; the skipped ones keep their plan.
  const kept = ran.slice(1, 5).map((row) => {
    const [planned, actual] = [...row.matchAll(/(\d+) min/g)].map((match) => Number(match[1]));
    return actual === 0 ? planned : actual;
  });
  expect(kept).toEqual([11, 20, 10, 2]);
  expect(template?.agenda.map((item) => item.minutes)).toEqual(kept);
  await page.getByRole('link', { name: 'Gå til opsamlingen' }).click();
  const items = page.getByTestId('opsamling-item');
  await expect(items.locator('h3')).toHaveText([
    /^1\. Velkomst og runde/,
    /^2\. Status fra arbejdsgrupperne/,
    /^3\. Pause/,
    /^4\. Beslutning om pilotforsøg/,
  ]);
  await expect(items.nth(0).getByTestId('opsamling-entry')).toHaveCount(2);
  await expect(items.nth(1)).toContainText('Arbejdsgrupperne fortsætter til marts');
  await expect(items.nth(3)).toContainText('Skriv projektbeskrivelsen');
  const saved = (await app.readDataFile()).meetings[0];
  expect(saved?.status).toBe('held');
  expect(saved?.run?.endedAt).not.toBeNull();
  await app.screenshot('opsamling-by-item', '[data-testid="opsamling-item"]');

  await page.getByRole('button', { name: 'Referat (Word)' }).click();
  await page.getByRole('dialog', { name: 'Gem referat som Word' }).getByRole('button', { name: 'Gem fil' }).click();
  await expect(page.getByText(/^Gemt som .*\.docx i mappen /).last()).toBeVisible();
  const doc = await inspectDocx(await fs.readFile(app.savedFiles[0] ?? ''));
  // Punkt for punkt: each item's heading, then what was captured under it — notes as paragraphs,
  // decisions as a numbered list, tasks as a table row with owner and due date.
  const inOrder = [
    'Punkt 1. Velkomst og runde',
    'Godt fremmøde fra alle',
    'Husk at sende oplægget',
    'Punkt 2. Status fra arbejdsgrupperne',
    'Arbejdsgrupperne fortsætter til marts',
    'Punkt 3. Pause',
    'Punkt 4. Beslutning om pilotforsøg',
    'Skriv projektbeskrivelsen',
    'Anna Holm',
    '15.12.2026',
  ];
  let from = 0;
  for (const text of inOrder) {
    const at = doc.paragraphs.findIndex((p, index) => index >= from && p.text === text);
    expect(at, `"${text}" after paragraph ${from}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
  const decision = doc.paragraphs.find((p) => p.text === 'Arbejdsgrupperne fortsætter til marts');
  expect(decision?.listId).toEqual(expect.any(String));
  expect(doc.rows.map((row) => row.text)).toContain('Skriv projektbeskrivelsen | Anna Holm | 15.12.2026 | Åben');
  // Nothing captured under item 2 or 4 leaks into item 1's part of the referat.
  const item1 = doc.paragraphs.findIndex((p) => p.text === 'Punkt 1. Velkomst og runde');
  const item2 = doc.paragraphs.findIndex((p) => p.text === 'Punkt 2. Status fra arbejdsgrupperne');
  expect(doc.paragraphs.slice(item1, item2).map((p) => p.text)).not.toContain('Arbejdsgrupperne fortsætter til marts');
  expect(doc.allText).not.toContain(SECRET);
});

test('the projector view shows the current item and clock, nothing to type in and nothing private, and follows "next" within a second', async ({
  app,
}) => {
  const { page } = app;
  const { meeting, anna } = await plannedMeeting(app);
  await app.call('live:start', { id: meeting.id, at: new Date().toISOString() });
  await app.call('live:capture', {
    id: meeting.id,
    itemId: meeting.agenda[0]!.id,
    kind: 'task',
    text: 'HEMMELIG opgave',
    ownerId: anna.id,
    at: new Date().toISOString(),
  });
  await app.call('live:save-draft', { id: meeting.id, draft: 'HEMMELIGT udkast' });
  await app.open(`#/moeder/${meeting.id}/afvikl`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Vis på skærm' }).click();
  const projector = await popup;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expect(projector.getByTestId('projector-current')).toHaveText('Velkomst og runde');
  await expect(projector.getByTestId('projector-clock')).toHaveText(/^\d+:\d\d$/);
  await expect(projector.locator('input, textarea, select, button, [contenteditable]')).toHaveCount(0);
  const text = await projector.locator('body').innerText();
  expect(text).not.toContain('HEMMELIG');
  expect(text).not.toContain('Anna Holm');
  await projector.screenshot({ path: 'artifacts/screenshots/projector-1920.png' });

  await page.getByRole('button', { name: /Næste punkt/ }).click();
  await expect(projector.getByTestId('projector-current')).toHaveText('Status fra arbejdsgrupperne', { timeout: 1000 });
  // The projector asks only for what the desktop app lets a projector window call.
  const called = new Set(app.channelsCalledBy(projector));
  expect(called).toContain('live:projection');
  expect([...called].filter((channel) => !PROJECTOR_CHANNELS.includes(channel))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the live view and the projector pass axe in the ${scheme} theme`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1366, height: 768 });
    const { meeting } = await plannedMeeting(app);
    await app.open(`#/moeder/${meeting.id}/afvikl`);
    const found: Record<string, unknown> = { start: await seriousA11yViolations(page, `${scheme}-live-start`) };
    await page.getByRole('button', { name: 'Start mødet' }).click();
    // The shortcuts listen once the meeting runs: wait for its first item before pressing one.
    await expect(page.getByRole('heading', { level: 2, name: 'Velkomst og runde', exact: true })).toBeVisible();
    await page.keyboard.press('c');
    // Typed before the note field has focus, the letters would act as the live view's shortcuts.
    await expect(page.getByLabel(/Skriv en note/)).toBeFocused();
    await page.keyboard.type('o: En opgave');
    await page.keyboard.press('Escape');
    await page.keyboard.press('+');
    found.live = await seriousA11yViolations(page, `${scheme}-live`);
    await app.screenshot(`live-${scheme}`);
    await page.keyboard.press('Escape');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Vis på skærm' }).click();
    const projector = await popup;
    await projector.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await expect(projector.getByTestId('projector-current')).toBeVisible();
    found.projector = await seriousA11yViolations(projector, `${scheme}-projector`);
    await projector.screenshot({ path: `artifacts/screenshots/projector-${scheme}-1920.png` });
    expect(found).toEqual({ start: [], live: [], projector: [] });
  });
}
