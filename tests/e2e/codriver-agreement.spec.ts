import { promises as fs } from 'node:fs';
import { inspectDocx } from '../support/docx-inspect';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a co-driver prepares her own side of the agreement and exports it to Word', async ({ app }) => {
  const { page } = app;
  await app.loadExample();
  await page.getByRole('link', { name: 'Aftaler', exact: true }).click();
  await page.getByRole('button', { name: 'Start aftale med co-driver' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samarbejdsaftale med co-driveren' })).toBeVisible();

  // The wizard asks who is preparing; the leader's questions are shown until she says it is her.
  const who = page.getByRole('group', { name: 'Hvem forbereder sig?' });
  await expect(who.getByLabel('Jeg er netværksleder')).toBeChecked();
  await expect(page.getByLabel('Hvilke kompetencer mangler du selv i dette netværk?')).toBeVisible();
  await who.getByLabel('Jeg er co-driver').check();
  await expect(page.getByRole('heading', { level: 3, name: 'Din tid og dit mandat' })).toBeVisible();
  await expect(page.getByLabel('Hvilke kompetencer mangler du selv i dette netværk?')).toHaveCount(0);

  await page
    .getByLabel('Hvad kan du bidrage med, som netværkslederen ikke selv dækker?')
    .fill('Jeg kender de unge fra vejledningen og er god til opfølgning.');
  await page
    .getByLabel('Hvor meget tid har du og din leder aftalt, at du bruger på netværket?')
    .fill('Tre timer om ugen, aftalt med Lone frem til sommer.');
  await page
    .getByLabel('Hvad må du beslutte eller love på vegne af din egen enhed?')
    .fill('Jeg kan love vejledernes deltagelse i to workshops.');
  await page
    .getByLabel('Hvornår vil du gerne tage netværkslederuddannelsen, og hvad skal der til?')
    .fill('Næste hold efter netværkets afrunding.');
  await app.screenshot('aftale-co-driver-forberedelse', 'h1');
  await page.getByRole('heading', { level: 3, name: 'Dine læringsmål' }).scrollIntoViewIfNeeded();
  await app.screenshot('aftale-co-driver-laeringsmaal');

  // Her choice and her notes survive a restart.
  await page.getByRole('link', { name: 'Gem og luk' }).click();
  await app.restart();
  await page.getByRole('link', { name: 'Aftaler', exact: true }).click();
  await page.getByRole('link', { name: 'Fortsæt aftalen med co-driver' }).click();
  await expect(page.getByRole('group', { name: 'Hvem forbereder sig?' }).getByLabel('Jeg er co-driver')).toBeChecked();
  await expect(page.getByLabel('Hvad må du beslutte eller love på vegne af din egen enhed?')).toHaveValue(
    'Jeg kan love vejledernes deltagelse i to workshops.',
  );

  // The draft's page exports her side when she ticks it, and only then.
  await page.getByRole('link', { name: 'Gem og luk' }).click();
  const ownSide = page.getByLabel('Medtag co-driverens forberedelse som bilag');
  await expect(ownSide).not.toBeChecked();
  await ownSide.check();
  await page.getByRole('button', { name: 'Eksportér til Word' }).click();
  await expect(page.getByText(/^Gemt som .+\.docx i mappen /).last()).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('aftale-co-driver-eksport', '#export-title');
  const doc = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles.at(-1) ?? '')));
  expect(doc.headings(1)).toContain('Bilag: Co-driverens forberedelse');
  expect(doc.headings(2)).toEqual(['Det, du bringer med', 'Din tid og dit mandat', 'Dine læringsmål']);
  expect(doc.allText).toContain('Tre timer om ugen, aftalt med Lone frem til sommer.');
  expect(doc.allText).toContain('Jeg kan love vejledernes deltagelse i to workshops.');
  expect(doc.allText).toContain('Næste hold efter netværkets afrunding.');
  expect(doc.headings(1)).not.toContain('Bilag: Netværkslederens forberedelse');
});
