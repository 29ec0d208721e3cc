import { EXAMPLE_NETWORK, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const NETWORK = EXAMPLE_NETWORK;

/** Starts a new entry from the journal as a user would. */
async function newEntry(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Refleksioner', exact: true }).click();
  await page.getByRole('link', { name: 'Ny refleksion' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uden titel' })).toBeVisible();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Titel', { exact: true }).blur();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function rate(page: Page, scale: 'Energi' | 'Fremdrift', value: number): Promise<void> {
  await page
    .getByRole('group', { name: scale })
    .locator('label', { hasText: `${value} af 5` })
    .click();
}

test('a co-driver writes before, after and free entries, finds them again, and they survive a restart', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();

  // A meeting next week, planned elsewhere; the reflection starts from its page.
  const networkId = (await app.readDataFile()).networks[0]?.id ?? '';
  const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { id: meetingId } = await app.call('meetings:create', {
    networkId,
    date: next,
    startTime: '13:00',
    title: 'Statusmøde om afprøvningen',
  });
  expect(meetingId).not.toBe('');
  await page.goto('about:blank'); // a fresh start, so the app loads the meeting planned behind its back

  // Before the meeting, answering two of the offered questions.
  await app.open(`#/moeder/${meetingId}`);
  await expect(page.getByText('Der er ikke skrevet refleksioner til dette møde endnu.')).toBeVisible();
  await page.getByRole('link', { name: 'Skriv refleksion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statusmøde om afprøvningen' })).toBeVisible();
  await expect(page.getByText('Skrevet til et møde')).toBeVisible();
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('foer');
  await expect(page.getByLabel('Netværk', { exact: true })).toHaveValue(networkId);
  await page.getByLabel('Titel', { exact: true }).fill('Før statusmødet');
  const first = 'Hvad skal være anderledes efter mødet, end det er nu?';
  const second = 'Hvad har netværkslederen brug for fra mig ved dette møde?';
  // A few questions are suggested; the rest are one click away.
  await expect(page.getByTestId('suggested-prompts').getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Vis flere spørgsmål' }).click();
  await page.getByRole('button', { name: first, exact: true }).click();
  await expect(page.getByLabel(first, { exact: true })).toBeFocused();
  await page.keyboard.type('At vi har valgt to idéer, som skal afprøves i tidsplanen før jul.');
  await page.getByRole('button', { name: second, exact: true }).click();
  await page.getByLabel(second, { exact: true }).fill('Ro til at lade deltagerne tale færdigt.');
  await rate(page, 'Energi', 4);
  await rate(page, 'Fremdrift', 3);
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('refleksion-med-spoergsmaal', 'h1');

  // The meeting page lists what was written for it.
  await app.open(`#/moeder/${meetingId}`);
  const forMeeting = page.getByRole('region', { name: 'Refleksioner' });
  await expect(forMeeting.getByRole('link', { name: 'Før statusmødet' })).toBeVisible();
  await expect(forMeeting.getByText('Før mødet')).toBeVisible();
  await app.screenshot('moede-med-refleksioner', '.meeting-reflections');

  // After the meeting, private.
  await newEntry(page, 'Efter statusmødet');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Efter mødet' });
  await page.getByLabel('Netværk', { exact: true }).selectOption({ label: NETWORK });
  await page.getByRole('button', { name: 'Skjul spørgsmålene og skriv frit' }).click();
  await expect(page.getByText('Spørgsmålene er skjult for denne refleksion.')).toBeVisible();
  await page.getByLabel('Fri tekst').fill('Jeg var utryg ved min egen rolle, da budgettet kom på bordet.');
  await page.getByLabel('Privat refleksion').check();
  await expect(page.getByTestId('private-chip')).toBeVisible();
  await rate(page, 'Energi', 2);

  // A free entry with tags and formatting.
  await newEntry(page, 'Om at tage ordet');
  await page.getByLabel('Fri tekst').fill('**Mod** handler om at *turde* tale først.\n\n- øv pausen\n- spørg åbent');
  await page.getByLabel('Emneord', { exact: true }).fill('mod');
  await page.getByLabel('Emneord', { exact: true }).press('Enter');
  await page.getByLabel('Emneord', { exact: true }).fill('sidemandslæring');
  await page.getByLabel('Emneord', { exact: true }).press('Enter');
  await expect(page.getByTestId('tag').locator('span')).toHaveText(['mod', 'sidemandslæring']);
  const preview = page.getByTestId('body-preview');
  await expect(preview.locator('strong')).toHaveText('Mod');
  await expect(preview.locator('em')).toHaveText('turde');
  await expect(preview.locator('li')).toHaveText(['øv pausen', 'spørg åbent']);

  // The journal: five example entries and the three new ones, searchable and filterable.
  await page.getByRole('link', { name: 'Refleksioner', exact: true }).click();
  const entries = page.getByTestId('journal-entry');
  const titles = entries.locator('h3');
  await expect(entries).toHaveCount(8);
  await expect(page.getByRole('heading', { level: 2, name: /^Uge \d+/ }).first()).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('refleksioner-journal');
  await app.screenshot('refleksioner-kurve', '[data-testid="reflection-chart"]');

  const filters = page.getByRole('search', { name: 'Filtrér refleksionerne' });
  const search = filters.getByLabel('Søg i refleksioner');
  await search.fill('statusmødet');
  await expect(titles).toHaveText(['Efter statusmødet', 'Før statusmødet']);
  await search.fill('tidsplanen');
  await expect(titles).toHaveText(['Før statusmødet']);
  await search.fill('turde');
  await expect(titles).toHaveText(['Om at tage ordet']);
  await search.fill('');
  await expect(entries).toHaveCount(8);

  await filters.getByLabel('Type').selectOption({ label: 'Efter mødet' });
  await expect(titles).toHaveText(['Efter statusmødet', 'Efter designworkshoppen', 'Efter opstartsmødet']);
  await filters.getByLabel('Type').selectOption({ label: 'Alle typer' });
  await filters.getByLabel('Emneord').selectOption({ label: 'sidemandslæring' });
  await expect(titles).toHaveText(['Om at tage ordet']);
  await filters.getByLabel('Emneord').selectOption({ label: 'Alle emneord' });
  await filters.getByLabel('Netværk').selectOption({ label: NETWORK });
  await expect(entries).toHaveCount(7);
  const today = new Intl.DateTimeFormat('da-DK', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date());
  await filters.getByLabel('Fra dato').fill(today);
  await filters.getByLabel('Fra dato').press('Enter');
  await expect(titles).toHaveText(['Efter statusmødet', 'Før statusmødet']);
  await page.getByRole('button', { name: 'Nulstil filtre' }).click();
  await expect(entries).toHaveCount(8);

  await app.restart();
  await page.getByRole('link', { name: 'Refleksioner', exact: true }).click();
  await expect(entries).toHaveCount(8);
  await entries.filter({ hasText: 'Før statusmødet' }).getByRole('link').click();
  await expect(page.getByLabel(first, { exact: true })).toHaveValue(
    'At vi har valgt to idéer, som skal afprøves i tidsplanen før jul.',
  );
  await expect(page.getByRole('group', { name: 'Energi' }).getByRole('radio', { name: '4 af 5' })).toBeChecked();

  const onDisk = await app.readDataFile();
  const network = onDisk.networks.find((n) => n.name === NETWORK);
  const byTitle = (title: string) => onDisk.reflections.find((r) => r.title === title);
  expect(onDisk.reflections).toHaveLength(8);
  expect(byTitle('Før statusmødet')).toMatchObject({
    kind: 'foer',
    networkId: network?.id,
    meetingId,
    energy: 4,
    progress: 3,
    private: false,
  });
  expect(byTitle('Før statusmødet')?.answers.map((a) => [a.promptId, a.text])).toEqual([
    ['fremdrift-foer-1', 'At vi har valgt to idéer, som skal afprøves i tidsplanen før jul.'],
    ['sparring-foer-1', 'Ro til at lade deltagerne tale færdigt.'],
  ]);
  expect(byTitle('Efter statusmødet')).toMatchObject({
    kind: 'efter',
    private: true,
    promptsHidden: true,
    energy: 2,
    body: 'Jeg var utryg ved min egen rolle, da budgettet kom på bordet.',
  });
  expect(byTitle('Om at tage ordet')).toMatchObject({
    kind: 'fri',
    networkId: null,
    tags: ['mod', 'sidemandslæring'],
    private: false,
  });
});

test('the writer adds an own question, hides a shipped one and shows it again; before and after differ', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/refleksioner');
  await page.getByRole('link', { name: 'Ny refleksion' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uden titel' })).toBeVisible();
  const before = 'Hvor i mødet kan det blive nødvendigt at tage en chance?';
  const after = 'Hvornår på mødet viste netværkslederen eller jeg mod?';
  const choose = (question: string) => page.getByRole('button', { name: question, exact: true });
  await page.getByRole('button', { name: 'Vis flere spørgsmål' }).click();

  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Før mødet' });
  await expect(choose(before)).toBeVisible();
  await expect(choose(after)).toHaveCount(0);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Efter mødet' });
  await expect(choose(after)).toBeVisible();
  await expect(choose(before)).toHaveCount(0);

  await page.getByRole('button', { name: `Skjul spørgsmålet «${after}» fremover` }).click();
  await expect(choose(after)).toHaveCount(0);
  expect((await app.readDataFile()).reflectionPrompts?.hiddenPromptIds).toEqual(['mod-efter-1']);

  await page.getByRole('link', { name: '← Refleksioner' }).click();
  await page.getByRole('button', { name: 'Tilpas spørgsmål' }).click();
  const panel = page.getByRole('region', { name: 'Tilpas spørgsmålene' });
  await panel.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Nyt spørgsmål skal udfyldes.');
  await panel.getByLabel('Nyt spørgsmål').fill('Hvad tager jeg med hjem til basis?');
  await panel.getByLabel('Vises').selectOption({ label: 'efter møder' });
  await panel.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
  await expect(panel.getByText('Hvad tager jeg med hjem til basis?')).toBeVisible();
  await expect(panel.getByText(after)).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('refleksioner-tilpas-spoergsmaal');

  await page.getByTestId('journal-entry').getByRole('link').click();
  await page.getByRole('button', { name: 'Vis flere spørgsmål' }).click();
  const own = page.getByRole('button', { name: 'Hvad tager jeg med hjem til basis?', exact: true });
  await own.click();
  await page
    .getByLabel('Hvad tager jeg med hjem til basis?', { exact: true })
    .fill('At spørge deltagerne før vi beslutter.');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Fri refleksion' });
  // An answered question stays with the entry even when the kind no longer offers it.
  await expect(page.getByLabel('Hvad tager jeg med hjem til basis?', { exact: true })).toHaveValue(
    'At spørge deltagerne før vi beslutter.',
  );

  await page.getByRole('link', { name: '← Refleksioner' }).click();
  await page.getByRole('button', { name: 'Tilpas spørgsmål' }).click();
  await page.getByRole('button', { name: `Vis spørgsmålet «${after}» igen` }).click();
  await expect(page.getByText('Ingen spørgsmål er skjult.')).toBeVisible();

  await app.restart();
  const onDisk = await app.readDataFile();
  expect(onDisk.reflectionPrompts?.hiddenPromptIds).toEqual([]);
  expect(onDisk.reflectionPrompts?.ownPrompts.map((p) => [p.kind, p.text])).toEqual([
    ['efter', 'Hvad tager jeg med hjem til basis?'],
  ]);
  expect(onDisk.reflections[0]?.answers.map((a) => [a.question, a.text])).toEqual([
    ['Hvad tager jeg med hjem til basis?', 'At spørge deltagerne før vi beslutter.'],
  ]);
});

test('the journal lists a preview of what was just written; a deleted entry can be undone, and its old address says it is gone', async ({
  app,
}) => {
  const { page } = app;
  await app.open('#/refleksioner');
  await newEntry(page, 'Om at vente med løsningen');
  const entryAddress = page.url();
  await page.getByLabel('Fri tekst').fill('Vi lod **problemet** stå lidt længere, før nogen foreslog noget.');
  await page.getByLabel('Fri tekst').blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();

  // Back in the journal, the card shows the text as written, without its markup.
  await page.getByRole('link', { name: '← Refleksioner' }).click();
  const card = page.getByTestId('journal-entry').filter({ hasText: 'Om at vente med løsningen' });
  await expect(card.getByText('Vi lod problemet stå lidt længere, før nogen foreslog noget.')).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('refleksioner-kort-med-uddrag');

  // Reopened, the whole entry is there to edit; deleting it can be undone from the toast.
  await card.getByRole('link', { name: 'Om at vente med løsningen' }).click();
  await expect(page.getByLabel('Fri tekst')).toHaveValue(
    'Vi lod **problemet** stå lidt længere, før nogen foreslog noget.',
  );
  await page.getByRole('button', { name: 'Slet refleksionen' }).click();
  await expect(page.getByText('Refleksionen «Om at vente med løsningen» er slettet.')).toBeVisible();
  await expect(page.getByTestId('journal-entry')).toHaveCount(0);
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await expect(card.getByText('Vi lod problemet stå lidt længere, før nogen foreslog noget.')).toBeVisible();
  await card.getByRole('link', { name: 'Om at vente med løsningen' }).click();
  await expect(page.getByLabel('Fri tekst')).toHaveValue(
    'Vi lod **problemet** stå lidt længere, før nogen foreslog noget.',
  );

  // Deleted for good, its address tells the reader so instead of showing an empty editor.
  await page.getByRole('button', { name: 'Slet refleksionen' }).click();
  // The delete has landed (and the app has moved to the journal) before the old address is opened.
  await expect(page.getByText('Refleksionen «Om at vente med løsningen» er slettet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Refleksioner' })).toBeVisible();
  await app.dismissToasts();
  await page.goto(entryAddress);
  await expect(page.getByText('Refleksionen findes ikke længere.')).toBeVisible();
  await expect(page.getByLabel('Fri tekst')).toHaveCount(0);
  // Said once, in its place, not again in a toast.
  await expect(page.getByText('Refleksionen findes ikke længere.')).toHaveCount(1);
  await app.screenshot('refleksion-findes-ikke');
});
