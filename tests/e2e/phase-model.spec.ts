import { promises as fs } from 'node:fs';
import { shippedPhaseModel } from '../../electron/shared/domain';
import { seriousA11yViolations } from './axe';
import { expectOneNumbering } from './phase-labels';
import { expect, test, type TestApp } from './fixtures';

test.use({ actionTimeout: 20_000 });

const order = (app: TestApp) =>
  app.page
    .locator('[data-phase-model-row]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-phase-model-row')));

test('the phase-model editor: rename, reorder by keyboard, add a phase with a checklist, remove one; the tracker, matrix, role pages and handout follow; reset, import a model file, refuse bad files', async ({
  app,
}) => {
  // One long walk over every screen and two Word files; a busy machine needs time for it.
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const networkId = await app.loadExample();
  await app.open('#/indstillinger');
  const editor = page.getByTestId('phase-model-editor');
  await expect(editor.getByRole('status')).toContainText('I bruger den indbyggede model');
  await editor.scrollIntoViewIfNeeded();
  await app.screenshot('1366-indstillinger-fasemodel');

  // Rename.
  await editor.getByRole('button', { name: 'Redigér «2. Netværksdesign»' }).click();
  await app.screenshot('1366-indstillinger-fasemodel-rediger', '#pm-editor-netvaerksdesign');
  const name = editor.getByLabel('Navn', { exact: true });
  await name.fill('Netværkets design');
  await name.press('Tab');
  await expect(editor.locator('[data-phase-label="netvaerksdesign"]')).toHaveText('2. Netværkets design');
  await editor.getByRole('button', { name: 'Luk «2. Netværkets design»', expanded: true }).click();

  // Reorder with the keyboard: evaluation goes before concretisation, and focus stays with it.
  const up = editor.getByRole('button', { name: 'Flyt «8. Evaluering og spredning» op' });
  await up.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => order(app))
    .toEqual(shippedPhaseModel.phases.map((p) => p.id).toSpliced(6, 2, 'evaluering', 'konkretisering'));
  await expect(up).toBeFocused();

  // A new phase with a checklist.
  await editor.getByLabel('Nummer (valgfrit)').fill('9');
  await editor.getByLabel('Navn på den nye fase').fill('Borgerinddragelse');
  await editor.getByRole('button', { name: 'Tilføj fase' }).click();
  const newItem = editor.getByLabel('Nyt punkt på tjeklisten');
  await expect(newItem).toBeFocused();
  await newItem.fill('Invitér et borgerpanel til netværksmødet');
  await newItem.press('Enter');
  await expect(editor.getByLabel('Punkt 1')).toHaveValue('Invitér et borgerpanel til netværksmødet');
  // Marked as a phase the organisation adds, with the line that says why.
  await editor.getByRole('checkbox', { name: /^Supplerende fase/ }).check();
  const why = editor.getByLabel('Hvorfor fasen er med');
  await why.fill('Kommunen vil høre borgerne, før løsningerne spredes.');
  await why.press('Tab');
  const leaderTasks = editor.getByLabel('Netværksleder', { exact: true });
  await leaderTasks.fill('Indkald borgerpanelet');
  await leaderTasks.press('Tab');
  // A number already in use is refused where it is typed.
  await editor.getByLabel('Nummer (valgfrit)').fill('2');
  await editor.getByLabel('Navn på den nye fase').fill('Endnu en');
  await editor.getByRole('button', { name: 'Tilføj fase' }).click();
  await expect(editor.getByRole('alert')).toHaveText(/Fase 2 findes allerede/);
  await app.screenshot('1366-indstillinger-fasemodel-ny-fase', '[data-phase-model-row^="egen-fase-"]');
  expect(await seriousA11yViolations(page, 'fasemodel-rediger')).toEqual([]);

  // Remove a phase the example network has ticked items in.
  await editor.getByRole('button', { name: 'Fjern «1. Opstart af netværk» fra modellen' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'er fjernet fra modellen' })).toBeVisible();
  await app.dismissToasts();

  await expect
    .poll(async () => (await app.readDataFile()).phaseModel?.model.phases.map((p) => p.id).includes('opstart'))
    .toBe(false);
  const edited = (await app.readDataFile()).phaseModel!.model;
  expect(edited.phases.map((p) => p.name.da)).toContain('Borgerinddragelse');
  // An edited copy never passes for the built-in model, in a heading or in a shared file.
  expect(edited.name.da).toBe('Tilpasset netværksmodel');

  // Every screen and the handout follow, with one numbering.
  const counts = await expectOneNumbering(app, edited, networkId);
  expect(counts.settings).toBe(edited.phases.length);
  await app.open('#/roller');
  await expect(page.locator('[data-phase-row^="egen-fase-"]')).toContainText('Indkald borgerpanelet');

  // An agreement example that points at a phase names it as the edited model does.
  await app.open(`#/netvaerk/${networkId}`);
  await page
    .getByRole('region', { name: 'Samarbejdsaftaler' })
    .getByRole('button', { name: 'Start aftale med co-driver' })
    .click();
  await page.getByRole('button', { name: 'Næste: Parterne og perioden' }).click();
  await page.getByRole('button', { name: 'Næste: Emner' }).click();
  await expect(page.getByText('Efter fase 2 (Netværkets design) og ved fasen «Afrunding».')).toBeVisible();

  // The tracker keeps the removed phase's ticks, and the new phase can be ticked.
  await app.open(`#/netvaerk/${networkId}`);
  const tracker = page.getByRole('region', { name: 'Faser' });
  const removed = tracker.getByTestId('removed-from-model');
  await expect(removed).toContainText('Fjernet fra modellen');
  await expect(removed).toContainText('Opstart af netværk');
  const opstartTicks = shippedPhaseModel.phases.find((p) => p.id === 'opstart')!.checklist;
  await expect(removed.getByRole('listitem')).toContainText([opstartTicks[0]!.text.da]);
  await tracker.getByRole('tab', { name: /9\. Borgerinddragelse/ }).click();
  await expect(tracker.getByRole('tabpanel')).toContainText('Kommunen vil høre borgerne, før løsningerne spredes.');
  await tracker.getByLabel('Invitér et borgerpanel til netværksmødet').check();
  await removed.scrollIntoViewIfNeeded();
  await app.screenshot('1366-netvaerk-fjernet-fra-modellen');
  expect(await seriousA11yViolations(page, 'netvaerk-fjernet-fra-modellen')).toEqual([]);

  // Share the model as a file, then go back to the built-in model.
  await app.open('#/indstillinger');
  await editor.getByRole('button', { name: 'Gem fasemodel som fil' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Fasemodellen er gemt som' })).toBeVisible();
  const modelFile = app.savedFiles.at(-1)!;
  expect(JSON.parse(await fs.readFile(modelFile, 'utf8')).model).toEqual(edited);
  await editor.getByRole('button', { name: 'Gå tilbage til den indbyggede model' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gå tilbage til den indbyggede model' }).click();
  await expect(editor.getByRole('status')).toContainText('I bruger den indbyggede model');
  await expect.poll(() => order(app)).toEqual(shippedPhaseModel.phases.map((p) => p.id));
  await app.open(`#/netvaerk/${networkId}`);
  await expect(tracker.getByRole('tab')).toHaveCount(shippedPhaseModel.phases.length);
  // Opstart is back with its ticks; the added phase's tick now waits under "Fjernet fra modellen".
  await expect(removed).not.toContainText('Opstart af netværk');
  await expect(removed).toContainText('Borgerinddragelse');

  // Import the shared file.
  await app.open('#/indstillinger');
  await editor.getByLabel('Hent fasemodel fra fil').setInputFiles({
    name: 'fasemodel.json',
    mimeType: 'application/json',
    buffer: await fs.readFile(modelFile),
  });
  await expect(page.getByTestId('toast').filter({ hasText: 'er hentet og bruges nu' })).toBeVisible();
  await expect(editor.getByRole('status')).toContainText('I bruger jeres egen udgave af modellen');
  await expect.poll(async () => (await app.readDataFile()).phaseModel?.model).toEqual(edited);

  // Bad files: a clear Danish reason, nothing changed.
  const before = await app.readDataFile();
  const bad = [
    ['andet.json', JSON.stringify({ networks: [] }), 'Filen er ikke en fasemodel'],
    [
      'tom.json',
      JSON.stringify({ format: 'ledelsesrum-fasemodel', formatVersion: 1, model: { phases: [] } }),
      'Intet er ændret',
    ],
    ['brudt.json', '{ "format": ', 'Filen kan ikke læses'],
  ] as const;
  for (const [fileName, text, reason] of bad) {
    await editor
      .getByLabel('Hent fasemodel fra fil')
      .setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(editor.getByRole('alert')).toContainText(reason);
  }
  await app.screenshot('1366-indstillinger-fasemodel-forkert-fil', '#pm-import-error');
  expect(await app.readDataFile()).toEqual(before);
  await expect(editor.getByRole('status')).toContainText('I bruger jeres egen udgave af modellen');
});
