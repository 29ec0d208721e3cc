import { promises as fs } from 'node:fs';
import { addDays, formatDateInput, todayInCopenhagen } from '../../electron/shared/time';
import { expect, test } from './fixtures';

const today = todayInCopenhagen(new Date());
const nextWeek = addDays(today, 7);
const TITLE = 'Status med hjemmeplejen';

/** Closes the toasts so a screenshot shows the screen itself. */
async function clearToasts(page: import('@playwright/test').Page): Promise<void> {
  const toasts = page.getByTestId('toast');
  while ((await toasts.count()) > 0) await toasts.first().getByRole('button', { name: 'Luk' }).click();
}

test('a leader plans a meeting from a template, builds the agenda, records the opsamling and finds it all on Overblik after a restart', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();

  // Plan from the network page, with a template; keep only the open task from the kick-off.
  const section = page.getByRole('region', { name: 'Møder', exact: true });
  await section.getByRole('button', { name: 'Nyt møde' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt møde' });
  await dialog.getByLabel('Start fra').selectOption({ label: 'Status- og læringsmøde (60 min)' });
  await dialog.getByLabel('Mødets titel').fill(TITLE);
  await dialog.getByLabel('Dato').fill(formatDateInput(nextWeek));
  await dialog.getByLabel('Starttidspunkt').fill('13.00');
  const carried = dialog.getByRole('group', { name: 'Fra tidligere møder' });
  await expect(carried.getByRole('checkbox')).not.toHaveCount(0);
  for (const box of await carried.getByRole('checkbox').all()) {
    const label = await box.locator('xpath=..').innerText();
    if (!label.includes('interviewguide')) await box.uncheck();
  }
  await dialog.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The carried task is a sub-point right under "Status på opgaver", inside its time: the agenda still fits.
  const clocks = page.getByTestId('agenda-clock');
  const balance = page.getByTestId('agenda-balance');
  await expect(clocks).toHaveCount(7);
  await expect(clocks.first()).toHaveText('13:00–13:10');
  await expect(page.getByLabel('Titel på punkt 2')).toHaveValue('Status på opgaver');
  await expect(page.getByLabel('Titel på punkt 3')).toHaveValue(/interviewguide/);
  await expect(page.getByLabel('Titel på punkt 7')).toHaveValue('Opsamling og næste skridt');
  await expect(page.getByText(/^Fra Opstartsmøde/)).toBeVisible();
  await expect(balance).toContainText('Dagsordenen fylder præcis mødets tid.');

  // Delete the carried item: the template's six items remain and still fit exactly.
  await page.getByRole('button', { name: 'Slet punkt 3' }).click();
  await expect(clocks).toHaveCount(6);
  await expect(balance).toContainText('Dagsordenen fylder præcis mødets tid.');

  // Add an item, edit it, and watch the clock and the warning follow.
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(page.getByLabel('Titel på punkt 7')).toBeFocused();
  await page.getByLabel('Titel på punkt 7').fill('Nyt fra hjemmeplejen');
  await page.getByLabel('Minutter til punkt 7').fill('15');
  await page.getByLabel('Minutter til punkt 7').press('Enter');
  await expect(clocks.nth(6)).toHaveText('14:00–14:15');
  await expect(balance).toContainText('Dagsordenen er 15 min for lang.');
  await expect(balance).toContainText('14:15');
  // Kind, method and responsible sit behind the row's details; one row per item otherwise.
  await expect(page.locator('select[id^="agenda-method-"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Detaljer for punkt 7' }).click();
  await page.locator('select[id^="agenda-method-"]').first().selectOption({ label: 'Walk-and-talk' });
  await expect(page.getByText('Gå en tur to og to med et spørgsmål')).toBeVisible();
  await page.locator('select[id^="agenda-responsible-"]').first().selectOption({ label: 'Fatima Aziz' });
  await page.getByLabel('Minutter til punkt 2').fill('5');
  await page.getByLabel('Minutter til punkt 2').press('Tab');
  await expect(balance).toContainText('Dagsordenen er 10 min for lang.');
  await expect(clocks.nth(2)).toHaveText('13:15–13:30');

  // A break in one click, then reorder by keyboard, by the move button and by dragging.
  await page.getByRole('button', { name: 'Tilføj pause' }).click();
  await expect(page.getByLabel('Titel på punkt 8')).toHaveValue('Pause');
  await expect(balance).toContainText('Dagsordenen er 20 min for lang.');
  await page.getByLabel('Titel på punkt 8').press('Alt+ArrowUp');
  await expect(page.getByLabel('Titel på punkt 7')).toHaveValue('Pause');
  await expect(page.getByLabel('Titel på punkt 7')).toBeFocused();
  await expect(page.getByLabel('Titel på punkt 8')).toHaveValue('Nyt fra hjemmeplejen');
  await expect(clocks.nth(6)).toHaveText('13:55–14:05');
  await page.getByRole('button', { name: 'Flyt punkt 8 op' }).click();
  await expect(page.getByLabel('Titel på punkt 7')).toHaveValue('Nyt fra hjemmeplejen');

  const firstTitle = await page.getByLabel('Titel på punkt 1').inputValue();
  const thirdTitle = await page.getByLabel('Titel på punkt 3').inputValue();
  // Drag the first item's handle onto the third row with the mouse, as a user would.
  await page
    .locator('li[data-agenda-item]')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const handle = await page.getByRole('img', { name: 'Træk for at flytte punkt 1' }).boundingBox();
  const target = await page.locator('li[data-agenda-item]').nth(2).boundingBox();
  if (!handle || !target) throw new Error('the agenda is not on screen');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 20, handle.y + 20, { steps: 5 });
  await page.mouse.move(target.x + 30, target.y + 20, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByLabel('Titel på punkt 3')).toHaveValue(firstTitle);
  await expect(page.getByLabel('Titel på punkt 2')).toHaveValue(thirdTitle);
  await clearToasts(page);
  await app.screenshot('moede-dagsorden-advarsel', 'h1');

  // Attendance after the meeting.
  await page.getByRole('tab', { name: 'Deltagere' }).click();
  const attendance = async (name: string, value: string) =>
    page
      .getByRole('radiogroup', { name: `Fremmøde for ${name}` })
      .getByText(value, { exact: true })
      .click();
  await attendance('Mette Kjærgaard', 'Til stede');
  await attendance('Jonas Bech', 'Til stede');
  await attendance('Fatima Aziz', 'Afbud');
  await attendance('Lars Nørgaard', 'Udeblev');
  await page.getByLabel('Gæstens navn').fill('Karen Winther');
  await page.getByLabel('Gæstens e-mail (valgfri)').fill('karen.winther@kommune.example');
  await page.getByRole('button', { name: 'Tilføj gæst' }).click();
  await attendance('Karen Winther', 'Til stede');
  await expect(page.getByText('3 til stede · 1 afbud · 1 fraværende')).toBeVisible();

  // The referent is chosen among those who are there: afbud and udeblevne are not offered.
  const referent = page.getByLabel('Referent', { exact: true });
  const offered = await referent.locator('option').allInnerTexts();
  expect(offered).toEqual(expect.arrayContaining(['Mette Kjærgaard', 'Jonas Bech', 'Karen Winther']));
  expect(offered).not.toContain('Fatima Aziz');
  expect(offered).not.toContain('Lars Nørgaard');
  await referent.selectOption({ label: 'Jonas Bech' });
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await clearToasts(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot('moede-deltagere-referent', '#minutes-taker');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The opsamling: summary, two decisions and three action items.
  await page.getByRole('tab', { name: 'Opsamling' }).click();
  await page.getByRole('button', { name: 'Markér mødet som afholdt' }).click();
  await page
    .getByRole('textbox', { name: 'Kort referat' })
    .fill('Hjemmeplejen vil gerne være med i afprøvningen, og de unge peger på faste kontaktpersoner.');
  await page.getByLabel('Ny beslutning').fill('Hjemmeplejen deltager i afprøvningen fra januar.');
  await page.getByLabel('Hører til punkt').last().selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Tilføj beslutning' }).click();
  await page.getByLabel('Ny beslutning').fill('Næste møde holdes i ungdomsklubben.');
  await page.getByRole('button', { name: 'Tilføj beslutning' }).click();
  await expect(page.getByRole('textbox', { name: 'Beslutning 2' })).toHaveValue('Næste møde holdes i ungdomsklubben.');

  const addAction = async (text: string, owner: string, due: string) => {
    await page.getByLabel('Ny opgave').fill(text);
    await page.locator('#new-action-owner').selectOption({ label: owner });
    await page.locator('#new-action-due').fill(due);
    await page.getByRole('button', { name: 'Tilføj opgave' }).click();
    await expect(page.getByLabel('Ny opgave')).toHaveValue('');
  };
  await addAction('Invitere hjemmeplejens teamleder', 'Mette Kjærgaard', formatDateInput(addDays(today, -2)));
  await addAction('Skrive kort oplæg om kontaktpersoner', 'Jonas Bech', formatDateInput(addDays(today, 10)));
  await addAction('Booke lokale i ungdomsklubben', 'Karen Winther', formatDateInput(addDays(today, 20)));
  await expect(page.getByRole('checkbox', { name: /som udført/ })).toHaveCount(3);
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await clearToasts(page);
  await app.screenshot('moede-opsamling', '#decisions-title');

  // Overblik: next week's meeting and the open action items, the overdue one first.
  await page.getByRole('link', { name: 'Overblik' }).click();
  const nextWeekBlock = page.getByRole('region', { name: /^Næste uge · uge \d+$/ });
  await expect(nextWeekBlock.getByText(TITLE)).toBeVisible();
  const actions = page.getByRole('region', { name: /^Åbne opgaver/ });
  for (const text of ['Skrive kort oplæg om kontaktpersoner', 'Booke lokale i ungdomsklubben'])
    await expect(actions.getByText(text)).toBeVisible();
  await expect(actions.locator('li', { hasText: 'Invitere hjemmeplejens teamleder' })).toContainText('Frist var');
  const order = await actions.locator('li').allInnerTexts();
  const position = (text: string) => order.findIndex((line) => line.includes(text));
  // Overdue first: both late tasks (the example's and ours) come before the ones still in time.
  expect(order.slice(0, 2).every((line) => line.includes('Frist var'))).toBe(true);
  expect(position('Invitere hjemmeplejens teamleder')).toBeLessThan(position('Skrive kort oplæg om kontaktpersoner'));
  expect(position('Skrive kort oplæg om kontaktpersoner')).toBeLessThan(position('Booke lokale i ungdomsklubben'));
  // Overblik may redraw its list while it settles; a click on a row that was just replaced is tried again.
  const doneBox = actions.getByRole('checkbox', { name: 'Markér «Invitere hjemmeplejens teamleder» som udført' });
  await expect(async () => {
    if ((await doneBox.count()) > 0 && !(await doneBox.isChecked())) await doneBox.click({ timeout: 2_000 });
    await expect(actions.getByText('Invitere hjemmeplejens teamleder')).toHaveCount(0, { timeout: 2_000 });
  }).toPass();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await clearToasts(page);
  await app.screenshot('overblik-moeder-og-opgaver', '#overview-actions');

  // Restart: everything is still there, on screen and on disk.
  await app.restart();
  await expect(actions.getByText('Skrive kort oplæg om kontaktpersoner')).toBeVisible();
  await expect(actions.getByText('Invitere hjemmeplejens teamleder')).toHaveCount(0);
  await nextWeekBlock.getByText(TITLE).click();
  await expect(page.getByLabel('Titel på punkt 3')).toHaveValue(firstTitle);
  await expect(page.getByLabel('Titel på punkt 7')).toHaveValue('Nyt fra hjemmeplejen');
  await expect(page.getByTestId('agenda-balance')).toContainText('Dagsordenen er 20 min for lang.');
  await page.getByRole('tab', { name: 'Opsamling' }).click();
  await expect(page.getByRole('textbox', { name: 'Beslutning 1' })).toHaveValue(
    'Hjemmeplejen deltager i afprøvningen fra januar.',
  );
  await expect(
    page.getByRole('checkbox', { name: 'Markér «Invitere hjemmeplejens teamleder» som udført' }),
  ).toBeChecked();

  const onDisk = await app.readDataFile();
  const saved = onDisk.meetings.find((m) => m.title === TITLE);
  expect(saved).toMatchObject({ date: nextWeek, startTime: '13:00', status: 'held', durationMinutes: 60 });
  expect(saved?.agenda.map((i) => i.title)).toContain('Nyt fra hjemmeplejen');
  expect(saved?.agenda.find((i) => i.title === 'Nyt fra hjemmeplejen')).toMatchObject({
    minutes: 15,
    methodId: 'walk-and-talk',
  });
  expect(saved?.agenda.find((i) => i.title === 'Pause')).toMatchObject({ kind: 'pause', minutes: 10 });
  expect(saved?.decisions).toHaveLength(2);
  expect(saved?.decisions[0]?.agendaItemId).not.toBeNull();
  expect(saved?.actions.map((a) => [a.text, a.done])).toEqual([
    ['Invitere hjemmeplejens teamleder', true],
    ['Skrive kort oplæg om kontaktpersoner', false],
    ['Booke lokale i ungdomsklubben', false],
  ]);
  expect(saved?.participants.filter((p) => p.attendance === 'present')).toHaveLength(3);
  expect(saved?.participants.find((p) => p.id === saved.minutesTakerId)?.name).toBe('Jonas Bech');
  expect(saved?.participants.find((p) => p.name === 'Karen Winther')).toMatchObject({
    personId: null,
    email: 'karen.winther@kommune.example',
  });

  // The documents and the calendar file are written where the user chose.
  await page.getByRole('button', { name: 'Referat (Word)' }).click();
  await page.getByRole('dialog', { name: 'Gem referat som Word' }).getByRole('button', { name: 'Gem fil' }).click();
  await expect(page.getByText(/^Gemt som .*Referat .*\.docx i mappen /).last()).toBeVisible();
  await page.getByRole('button', { name: 'Kalenderfil (.ics)' }).click();
  const icsDialog = page.getByRole('dialog', { name: 'Gem kalenderfil' });
  await icsDialog.getByRole('checkbox', { name: 'Send som invitation' }).check();
  await icsDialog.getByLabel('Påmindelse').selectOption({ label: '15 minutter før' });
  await icsDialog.getByRole('button', { name: 'Gem fil' }).click();
  await expect(page.getByText(/^Gemt som .*\.ics i mappen /).last()).toBeVisible();
  expect(app.savedFiles).toHaveLength(2);
  const ics = await fs.readFile(app.savedFiles[1] ?? '', 'utf8');
  expect(ics).toContain(`SUMMARY:${TITLE}`);
  expect(ics).toContain('\r\nMETHOD:REQUEST\r\n');
  expect(ics).toContain('\r\nTRIGGER:-PT15M\r\n');
  await expect(page.getByRole('link', { name: 'Skriv refleksion' })).toHaveAttribute(
    'href',
    `#/refleksioner/ny?moede=${saved?.id}`,
  );
});

test('the meeting list filters by network and time, and the week view shows ISO weeks with Danish dates', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();
  await page.getByRole('link', { name: 'Møder', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Møder' })).toBeVisible();

  const list = page.locator('main ul');
  await expect(list.getByText('Status- og læringsmøde')).toBeVisible();
  await expect(list.getByText('Opstartsmøde')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Uge \d+ · \d{4}$/ })).toBeVisible();
  await page.getByText('Afholdte og tidligere').click();
  await expect(list.getByText('Opstartsmøde')).toBeVisible();
  await expect(list.getByText('Status- og læringsmøde')).toHaveCount(0);
  await expect(list.getByText('1 åben opgave')).toBeVisible();
  await page.getByText('Alle', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Uge \d+ · \d{4}$/ })).toHaveCount(2);
  await clearToasts(page);
  await app.screenshot('moeder-liste');

  await page.getByText('Uge', { exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Uge \d+ · \d+\. \w+ \d{4} – \d+\. \w+ \d{4}$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Næste uge' }).click();
  await expect(page.getByRole('link', { name: /Status- og læringsmøde/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Status- og læringsmøde/ })).toContainText('09:30–10:30');
  await expect(page.getByText('1 møde i ugen')).toBeVisible();
  await clearToasts(page);
  await app.screenshot('moeder-uge');

  // The network page lists the network's meetings and its decision register, which can be searched.
  await page.getByRole('link', { name: 'Netværk', exact: true }).click();
  await page
    .getByRole('link', { name: /Flere unge i job og uddannelse/ })
    .first()
    .click();
  const register = page.getByRole('region', { name: 'Beslutningslog' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await register.getByLabel('Søg i beslutningerne').fill('ungdomsklubben');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByText('Vi mødes hver anden uge, skiftevis på rådhuset og i ungdomsklubben.')).toBeVisible();
  await page.locator('#network-meetings-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshot('netvaerk-moeder-beslutningslog');

  await page.getByRole('region', { name: 'Møder', exact: true }).getByRole('button', { name: 'Nyt møde' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Nyt møde' }).getByRole('group', { name: 'Fra tidligere møder' }),
  ).toBeVisible();
  await app.screenshot('nyt-moede-dialog');
});
