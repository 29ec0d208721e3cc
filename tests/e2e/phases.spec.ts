import { findPhase, phaseLabel, shippedPhaseModel } from '../../electron/shared/domain';
import { expect, test } from './fixtures';

const intro = shippedPhaseModel.phases[0]!;
const opstart = findPhase(shippedPhaseModel, 'opstart')!;
/** The phase as every screen names it: "1. Opstart af netværk". */
const opstartLabel = phaseLabel(opstart, 'da');
const NAME = 'Sammen om ældres trivsel';

test('the phase tracker: tick items, add an own item, write a note, move on after a question, and find it all after a restart', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Opret dit første netværk' }).click();
  await page.getByLabel('Navn på netværket').fill(NAME);
  await page.getByRole('button', { name: 'Opret netværk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();

  const tracker = page.getByRole('region', { name: 'Faser' });
  await expect(tracker.getByTestId('current-phase')).toHaveText(intro.name.da);
  const [first, second] = intro.checklist;
  await tracker.getByRole('checkbox', { name: first!.text.da }).check();
  await tracker.getByRole('checkbox', { name: second!.text.da }).check();
  await expect(tracker.getByRole('progressbar', { name: `Fremdrift i ${intro.name.da}` })).toHaveAttribute(
    'aria-valuenow',
    '2',
  );

  await tracker.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(tracker.getByRole('alert')).toHaveText('Skriv punktet, før du tilføjer det.');
  await tracker.getByLabel('Nyt punkt i tjeklisten').fill('Læs om netværkstyperne med min personaleleder');
  await tracker.getByLabel('Nyt punkt i tjeklisten').press('Enter');
  const own = tracker.getByRole('checkbox', { name: /Læs om netværkstyperne med min personaleleder/ });
  await expect(own).not.toBeChecked();
  await expect(tracker.getByLabel('Nyt punkt i tjeklisten')).toHaveValue('');
  await own.check();
  await tracker.getByLabel('Noter til fasen').fill('Vi tager temaet op på ledermødet i januar.');
  await tracker.getByLabel('Noter til fasen').blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();

  const open = intro.checklist.length - 2;
  await tracker.getByRole('button', { name: `Gå videre til ${opstartLabel}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Gå videre til næste fase?' });
  await expect(dialog).toContainText(`${open} punkter i «${intro.name.da}» er ikke krysset af`);
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(tracker.getByTestId('current-phase')).toHaveText(intro.name.da);
  await tracker.getByRole('button', { name: `Gå videre til ${opstartLabel}` }).click();
  await dialog.getByRole('button', { name: 'Gå videre alligevel' }).click();
  await expect(tracker.getByTestId('current-phase')).toHaveText(opstartLabel);
  await expect(tracker.getByRole('tab', { selected: true })).toContainText(opstart.name.da);
  await tracker.getByRole('checkbox', { name: opstart.checklist[0]!.text.da }).check();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  await app.dismissToasts();
  await app.screenshot('netvaerk-faser', '#phases-title');
  await page.locator('#phase-note').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await app.screenshot('netvaerk-faser-noter');

  // The stepper is a tab list: arrow keys move between phases.
  await tracker.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(tracker.getByRole('tab', { selected: true })).toContainText(intro.name.da);
  await expect(tracker.getByRole('tab', { selected: true })).toBeFocused();
  await expect(tracker.getByRole('checkbox', { name: first!.text.da })).toBeChecked();
  await page.keyboard.press('End');
  await expect(tracker.getByRole('tab', { selected: true })).toContainText(shippedPhaseModel.phases.at(-1)!.name.da);

  await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(tracker.getByTestId('current-phase')).toHaveText(opstartLabel);
  await expect(tracker.getByRole('checkbox', { name: opstart.checklist[0]!.text.da })).toBeChecked();
  await tracker.getByRole('tab', { name: new RegExp(intro.name.da) }).click();
  await expect(tracker.getByRole('checkbox', { name: first!.text.da })).toBeChecked();
  await expect(tracker.getByRole('checkbox', { name: second!.text.da })).toBeChecked();
  await expect(tracker.getByRole('checkbox', { name: intro.checklist[2]!.text.da })).not.toBeChecked();
  await expect(own).toBeChecked();
  await expect(tracker.getByLabel('Noter til fasen')).toHaveValue('Vi tager temaet op på ledermødet i januar.');

  const onDisk = await app.readDataFile();
  const saved = onDisk.networks.find((n) => n.name === NAME)?.phases;
  expect(saved?.currentPhaseId).toBe('opstart');
  expect([...(saved?.checked ?? [])].sort()).toEqual([first!.id, second!.id, opstart.checklist[0]!.id].sort());
  expect(saved?.ownItems).toEqual([
    expect.objectContaining({ phaseId: intro.id, text: 'Læs om netværkstyperne med min personaleleder', done: true }),
  ]);
  expect(saved?.notes).toEqual({ [intro.id]: 'Vi tager temaet op på ledermødet i januar.' });

  const removeOwn = tracker.getByRole('button', {
    name: 'Slet punktet «Læs om netværkstyperne med min personaleleder»',
  });
  await removeOwn.click();
  await expect(own).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: 'Fortryd' }).click();
  await expect(own).toBeChecked();
  await expect
    .poll(async () => (await app.readDataFile()).networks[0]?.phases?.ownItems.map((i) => i.done))
    .toEqual([true]);
  await removeOwn.click();
  await expect(own).toHaveCount(0);
  await expect.poll(async () => (await app.readDataFile()).networks[0]?.phases?.ownItems.length).toBe(0);

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
  const card = page.getByTestId('network-card').filter({ hasText: NAME });
  await expect(card.getByTestId('network-card-phase')).toContainText(`Fase: ${opstartLabel}`);
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  await expect(card.getByTestId('network-card-phase')).toContainText(`1 af ${opstart.checklist.length} punkter`);
  await app.dismissToasts();
  await app.screenshot('overblik-fase-paa-kort');
});
