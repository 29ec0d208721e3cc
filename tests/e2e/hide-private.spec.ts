import type { Meeting } from '../../electron/shared/entities';
import { expect, test, type TestApp } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

// Words found in nothing else the app shows, so their absence from the page means the entry is gone from it.
const PRIVATE_TITLE = 'Tvivl om styregruppen';
const PRIVATE_WORD = 'Skarnbassetanke';
const OPEN_TITLE = 'Godt samarbejde i dag';

async function seed(app: TestApp): Promise<Meeting> {
  const network = await app.call('networks:create', { name: 'Sammen om trivsel' });
  const meeting = await app.call('meetings:create', {
    networkId: network.id,
    title: 'Netværksmøde',
    date: '2026-12-10',
    startTime: '09:00',
  });
  const ids = { networkId: network.id, meetingId: meeting.id };
  await app.call('reflections:create', {
    kind: 'efter',
    ...ids,
    title: PRIVATE_TITLE,
    body: `Kun til mig: ${PRIVATE_WORD}`,
    tags: ['tvivl'],
    private: true,
  });
  await app.call('reflections:create', {
    kind: 'efter',
    ...ids,
    title: OPEN_TITLE,
    body: 'Vi nåede langt.',
  });
  return meeting;
}

test('"Skjul private" (Alt+P or the sidebar) hides private entries from the journal, the meeting page, search and Overblik, and is remembered', async ({
  app,
}) => {
  const { page } = app;
  const meeting = await seed(app);
  await app.open('#/refleksioner');
  await expect(page.getByText(PRIVATE_TITLE)).toBeVisible();
  await expect(page.getByText(OPEN_TITLE)).toBeVisible();

  const toggle = page.getByRole('button', { name: /Skjul private/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Alt+p');
  await expect(page.getByText('Private refleksioner er skjult. Alt+P viser dem igen.')).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('private-hidden')).toBeVisible();
  await expect(page.getByText(OPEN_TITLE)).toBeVisible();
  const html = () => page.content();
  expect(await html()).not.toContain(PRIVATE_TITLE);
  expect(await html()).not.toContain(PRIVATE_WORD);
  await app.dismissToasts();
  await app.screenshot('skjul-private-journal');

  // The meeting page lists the open entry only.
  await app.open(`#/moeder/${meeting.id}`);
  await expect(page.getByRole('link', { name: OPEN_TITLE })).toBeVisible();
  expect(await html()).not.toContain(PRIVATE_TITLE);

  // Search finds nothing of it, not even by its own word.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Søgeord' }).fill(PRIVATE_WORD);
  await expect(page.getByText(`Intet fundet for «${PRIVATE_WORD}».`)).toBeVisible();
  await page.keyboard.press('Escape');

  await app.open('#/');
  expect(await html()).not.toContain(PRIVATE_TITLE);

  // Remembered: after a restart the entry is still hidden; the sidebar switch shows it again.
  await app.restart();
  await app.open('#/refleksioner');
  await expect(page.getByText(OPEN_TITLE)).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await html()).not.toContain(PRIVATE_TITLE);
  expect((await app.readDataFile()).profile.hidePrivate).toBe(true);
  await toggle.click();
  await expect(page.getByText(PRIVATE_TITLE)).toBeVisible();
  await expect(page.getByTestId('private-hidden')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Søgeord' }).fill(PRIVATE_WORD);
  await expect(page.getByRole('option', { name: new RegExp(PRIVATE_TITLE) })).toBeVisible();
});

test('"Nye refleksioner er private" in Indstillinger makes a new entry start private; the English texts say the same', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/indstillinger');
  const section = page.getByRole('region', { name: 'Private refleksioner' });
  await section.getByRole('checkbox', { name: /Nye refleksioner er private/ }).check();
  await expect.poll(async () => (await app.readDataFile()).profile.privateByDefault).toBe(true);
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('indstillinger-private');

  await page.keyboard.press('Alt+r');
  await expect(page.getByTestId('private-chip')).toBeVisible();
  await expect.poll(async () => (await app.readDataFile()).reflections.map((r) => r.private)).toEqual([true]);

  await app.call('profile:update', { patch: { lang: 'en' } });
  await app.open('#/indstillinger');
  await app.restart();
  await expect(page.getByRole('button', { name: /Hide private/ })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Private reflections' })
      .getByRole('checkbox', { name: /New reflections are private/ }),
  ).toBeChecked();
});
