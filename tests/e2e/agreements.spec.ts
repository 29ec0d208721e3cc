import { promises as fs } from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, formatDateInput, todayInCopenhagen } from '../../electron/shared/time';
import { inspectDocx } from '../support/docx-inspect';
import { expect, test } from './fixtures';

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

/** Types a Danish date into a date field and leaves it, as a user would. */
async function typeDate(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(label, { exact: true }).press('Tab');
}

/** A date counted from today as the app counts it: in Copenhagen, whatever the test machine's zone. */
function danishDate(daysFromToday: number): string {
  return formatDateInput(addDays(todayInCopenhagen(new Date()), daysFromToday));
}

test('the agreement with the referenceleder: prepared, left half-way, resumed, checked, approved, exported and revised as version 2', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();

  const section = page.getByRole('region', { name: 'Samarbejdsaftaler' });
  await expect(section.locator('[data-counterpart="referenceleder"]')).toContainText('Anne-Sofie Holm');
  await expect(section.locator('[data-counterpart="referenceleder"]')).toContainText('Ikke startet');
  await app.screenshot('netvaerk-samarbejdsaftaler', '#agreements-title');
  await section.getByRole('button', { name: 'Start aftale med referenceleder' }).click();

  // Step 1: the preparation questions for the reference leader.
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbejdsaftale med referencelederen' })).toBeVisible();
  await expect(stepHeading(page, 'Forberedelse')).toBeVisible();
  await expect(page).toHaveURL(/#\/aftaler\/[^/]+\/trin\/1$/);
  await expect(
    page.getByRole('navigation', { name: 'Trin i aftalen' }).getByRole('button', { name: /Forberedelse/ }),
  ).toHaveAttribute('aria-current', 'step');
  await page
    .getByLabel('Hvad forventer du af referencelederen')
    .fill('At hun åbner døre i chefgruppen og sparrer før hver fase.');
  await page
    .getByLabel('Hvor går grænsen mellem sparring og styring')
    .fill('Hun må gerne udfordre, men netværket vælger selv sine løsninger.');
  await app.screenshot('aftale-trin-1-forberedelse', 'h1');

  // Step 2: parties from the network's role holders, the period from its dates.
  await page.getByRole('button', { name: 'Næste: Parterne og perioden' }).click();
  await expect(stepHeading(page, 'Parterne og perioden')).toBeVisible();
  await expect(page.locator('[data-party="leaderId"]')).toContainText('Mette Kjærgaard');
  await expect(page.locator('[data-party="counterpartId"]')).toContainText('Anne-Sofie Holm');
  await expect(page.getByLabel('Gælder fra', { exact: true })).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  await typeDate(page, 'Gælder til', '30.6.2027');
  await expect(page.getByText('onsdag den 30. juni 2027')).toBeVisible();
  await app.screenshot('aftale-trin-2-parterne');

  // Step 3 by keyboard; write one topic and leave half-way.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Emner')).toBeVisible();
  await expect(page).toHaveURL(/\/trin\/3$/);
  await page
    .getByLabel('Roller og gensidige forventninger', { exact: true })
    .fill('Mette leder netværket. Anne-Sofie sparrer og åbner døre.');
  await page.getByRole('link', { name: 'Overblik', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overblik' })).toBeVisible();

  await app.restart();
  await page.getByRole('link', { name: 'Aftaler', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbejdsaftaler' })).toBeVisible();
  await expect(page.locator('[data-counterpart="referenceleder"]')).toContainText('Udkast til version 1 · trin 3 af 5');
  await app.screenshot('aftaler-oversigt');
  await page.getByRole('link', { name: 'Fortsæt aftalen med referenceleder' }).click();
  await expect(stepHeading(page, 'Emner')).toBeVisible();
  await expect(page.getByLabel('Roller og gensidige forventninger', { exact: true })).toHaveValue(
    'Mette leder netværket. Anne-Sofie sparrer og åbner døre.',
  );

  // Going on with required topics empty shows the message next to each field.
  await page.getByRole('button', { name: 'Næste: Gennemse' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Der mangler noget' })).toBeVisible();
  const strategy = page.getByLabel('Strategisk forankring', { exact: true });
  await expect(strategy).toHaveAttribute('aria-invalid', 'true');
  await expect(strategy).toBeFocused();
  await expect(
    page.getByText('Skriv, hvad I aftaler om «Strategisk forankring». Emnet skal med i aftalen.'),
  ).toBeVisible();
  await expect(
    page.getByText('Skriv, hvad I aftaler om «Forankring af resultater». Emnet skal med i aftalen.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/trin\/3$/);
  await app.screenshot('aftale-trin-3-emner-mangler', '#topic-referenceleder-strategisk-forankring');

  await strategy.fill('Temaet kobles til ungestrategien, og tre afdelingsledere inviteres til opstarten.');
  await expect(page.getByText('Skriv, hvad I aftaler om «Strategisk forankring».')).toHaveCount(0);
  await page
    .getByLabel('Forankring af resultater', { exact: true })
    .fill('Referencelederen tager spredningen op i chefgruppen.');
  await page.getByLabel('Møderytme', { exact: true }).fill('En time før hver ny fase.');
  await app.screenshot('aftale-trin-3-emner', 'h1');

  // Step 4: the whole agreement on one page, with links back to each step.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Gennemse')).toBeVisible();
  const review = page.locator('.agreement');
  await expect(review).toContainText('Anne-Sofie Holm');
  await expect(review).toContainText('30. juni 2027');
  await expect(review.locator('[data-topic="referenceleder-moederytme"]')).toContainText('En time før hver ny fase.');
  await expect(review).toContainText('At hun åbner døre i chefgruppen');
  await app.screenshot('aftale-trin-4-gennemse');
  await page.getByRole('link', { name: 'Ret parterne' }).click();
  await expect(stepHeading(page, 'Parterne og perioden')).toBeVisible();
  // Two quick presses are both carried out, one after the other.
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Gennemse')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(stepHeading(page, 'Emner')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Trin i aftalen' })
    .getByRole('button', { name: /Godkend/ })
    .click();

  // Step 5: the agreed date defaults to today; the review date is required.
  await expect(stepHeading(page, 'Godkend')).toBeVisible();
  await expect(page.getByLabel('Aftalt den', { exact: true })).toHaveValue(danishDate(0));
  await page.getByRole('button', { name: 'Godkend som version 1' }).click();
  await expect(page.getByText('Vælg en dato under «Revideres senest».')).toBeVisible();
  await page.getByRole('button', { name: 'Om 6 måneder' }).click();
  await expect(page.getByLabel('Revideres senest', { exact: true })).not.toHaveValue('');
  await app.screenshot('aftale-trin-5-godkend');
  await page.getByRole('button', { name: 'Godkend som version 1' }).click();

  await expect(page.getByText('Aftalen er godkendt som version 1.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Gældende aftale: version 1' })).toBeVisible();
  await expect(page.getByLabel('Medtag mine forberedende noter som bilag')).not.toBeChecked();
  await page.getByRole('button', { name: 'Eksportér version 1 til Word' }).click();
  await expect(page.getByText(/^Gemt som .+\.docx i mappen /).last()).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('aftale-godkendt');
  const doc = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles[0] ?? '')));
  expect(doc.headings(2)).toEqual([
    'Roller og gensidige forventninger',
    'Strategisk forankring',
    'Forankring af resultater',
    'Møderytme',
  ]);
  expect(doc.allText).not.toContain('åbner døre i chefgruppen');
  expect(doc.tables.at(-1)?.[0]?.join(' ')).toContain('Anne-Sofie Holm');

  // Version 2: a draft copied from version 1, compared with it.
  await page.getByRole('button', { name: 'Redigér aftalen' }).click();
  await expect(stepHeading(page, 'Emner')).toBeVisible();
  await expect(page.getByText('Udkast til version 2')).toBeVisible();
  const roles = page.getByLabel('Roller og gensidige forventninger', { exact: true });
  await expect(roles).toHaveValue('Mette leder netværket. Anne-Sofie sparrer og åbner døre.');
  await roles.fill('Mette leder netværket. Anne-Sofie sparrer hver måned og åbner døre.');
  await page.getByRole('button', { name: 'Næste: Gennemse' }).click();
  await page.getByRole('button', { name: 'Næste: Godkend' }).click();
  await page.getByRole('button', { name: 'Om 1 år' }).click();
  await page.getByRole('button', { name: 'Godkend som version 2' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gældende aftale: version 2' })).toBeVisible();

  const compare = page.getByRole('region', { name: 'Sammenlign versioner' });
  const changedRow = compare.locator('tr[data-field="topic:referenceleder-roller"]');
  await expect(changedRow).toHaveClass(/changed/);
  await expect(changedRow.locator('td.before')).toHaveText('Mette leder netværket. Anne-Sofie sparrer og åbner døre.');
  await expect(changedRow.locator('td.after')).toHaveText(
    'Mette leder netværket. Anne-Sofie sparrer hver måned og åbner døre.',
  );
  await expect(compare.locator('tr[data-field="topic:referenceleder-strategisk-forankring"]')).not.toHaveClass(
    /changed/,
  );
  await compare.getByLabel('Vis kun ændringer').check();
  await expect(compare.locator('tr[data-field="topic:referenceleder-strategisk-forankring"]')).toHaveCount(0);
  await app.dismissToasts();
  await app.screenshot('aftale-sammenligning', 'tr[data-field="topic:referenceleder-roller"]');

  await page.getByRole('button', { name: 'Version 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Version 1', exact: true })).toBeVisible();
  await expect(page.locator('[data-topic="referenceleder-roller"]')).toContainText('Anne-Sofie sparrer og åbner døre.');

  const stored = (await app.readDataFile()).agreements[0];
  expect(stored?.versions.map((v) => v.number)).toEqual([1, 2]);
  expect(stored?.versions[0]?.topics['referenceleder-roller']).toBe(
    'Mette leder netværket. Anne-Sofie sparrer og åbner døre.',
  );
  expect(stored?.draft).toBeNull();
});

test('the personaleleder and the co-driver get their own topics, resume after a restart and export; a near review date shows on Overblik', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();

  const cases = [
    {
      role: 'personaleleder',
      title: 'Samarbejdsaftale med personalelederen',
      question: 'Hvor meget tid regner du med at bruge på netværket',
      required: [
        'Tidsmæssig balance mellem basis og netværk',
        'Opfølgning på fremdrift og tidsforbrug',
        'Kompetenceudvikling',
        'Netværkets relevans for afdelingen',
      ],
      optional: 'Dage i netværkssekretariatet',
      reviewInDays: 200,
    },
    {
      role: 'co-driver',
      title: 'Samarbejdsaftale med co-driveren',
      question: 'Hvilke kompetencer mangler du selv',
      required: ['Co-driverens kompetencer', 'Udviklingsforløbet', 'Tydelige forventninger'],
      optional: 'Rytme for forberedelse og opsamling',
      reviewInDays: 12,
    },
  ];

  for (const item of cases) {
    await page.getByRole('link', { name: 'Aftaler', exact: true }).click();
    await page.getByRole('button', { name: `Start aftale med ${item.role}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
    await page.getByLabel(item.question).fill('Det har jeg tænkt over.');
    await page.getByRole('button', { name: 'Næste: Parterne og perioden' }).click();
    await page.getByRole('button', { name: 'Næste: Emner' }).click();
    await expect(page.getByLabel(item.optional, { exact: true })).toBeVisible();
    // Left half-way and resumed after a restart: the wizard opens at the step where it was left.
    await app.restart();
    await page.getByRole('link', { name: 'Aftaler', exact: true }).click();
    await page.getByRole('link', { name: `Fortsæt aftalen med ${item.role}` }).click();
    await expect(stepHeading(page, 'Emner')).toBeVisible();
    await page.getByRole('button', { name: 'Næste: Gennemse' }).click();
    await expect(
      page.getByText(`Skriv, hvad I aftaler om «${item.required[0]}». Emnet skal med i aftalen.`),
    ).toBeVisible();
    for (const topic of item.required)
      await page.getByLabel(topic, { exact: true }).fill(`Aftalt: ${topic.toLowerCase()}.`);
    if (item.role === 'personaleleder') await app.screenshot('aftale-personaleleder-emner', 'h1');
    await page.getByRole('button', { name: 'Næste: Gennemse' }).click();
    await page.getByRole('button', { name: 'Næste: Godkend' }).click();
    await typeDate(page, 'Revideres senest', danishDate(item.reviewInDays));
    await page.getByRole('button', { name: 'Godkend som version 1' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Gældende aftale: version 1' })).toBeVisible();
    await page.getByRole('button', { name: 'Eksportér version 1 til Word' }).click();
    await expect(page.getByText(/^Gemt som .+\.docx i mappen /).last()).toBeVisible();
    const doc = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles.at(-1) ?? '')));
    expect(doc.coreProps.title).toBe(item.title);
    expect([...doc.headings(2)].sort()).toEqual([...item.required].sort());
    expect(doc.allText).not.toContain('Det har jeg tænkt over.');

    await page.getByRole('button', { name: 'Redigér aftalen' }).click();
    await page.getByLabel(item.required[0] ?? '', { exact: true }).fill('Ændret efter første runde.');
    await page.getByRole('link', { name: 'Gem og luk' }).click();
    const compare = page.getByRole('region', { name: 'Sammenlign versioner' });
    await expect(compare.getByRole('combobox', { name: 'Til' })).toHaveValue(/draft|udkast/i);
    await expect(compare.locator('tr.changed').first()).toContainText(item.required[0] ?? '');
    await expect(compare.locator('tr.changed td.after').first()).toHaveText('Ændret efter første runde.');
  }

  await page.getByRole('link', { name: 'Overblik', exact: true }).click();
  const due = page.getByRole('region', { name: 'Aftaler til opfølgning' });
  await expect(due).toContainText('Samarbejdsaftale med co-driveren');
  await expect(due).toContainText('om 12 dage');
  await expect(due).toContainText('Ny version i gang');
  await expect(due).not.toContainText('personalelederen');
  await app.dismissToasts();
  await app.screenshot('overblik-aftaler-til-opfoelgning', '#due-agreements');
  await due.getByRole('link', { name: 'Samarbejdsaftale med co-driveren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbejdsaftale med co-driveren' })).toBeVisible();
});
