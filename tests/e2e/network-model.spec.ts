import { findPhase, shippedPhaseModel, roles } from '../../electron/shared/domain';
import { seedCoverage } from '../fixtures/seed-coverage';
import { expectOneNumbering } from './phase-labels';
import { expect, test } from './fixtures';

test('one phase numbering: tracker, network card, matrix, role pages, the model page and the handout agree with the built-in model', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
  const networkId = await app.loadExample();
  const counts = await expectOneNumbering(app, shippedPhaseModel, networkId);
  const phases = shippedPhaseModel.phases.length;
  expect(counts.tracker).toBeGreaterThanOrEqual(phases + 2);
  expect(counts.matrix).toBe(phases + shippedPhaseModel.phases.filter((p) => p.supplementary).length);
  expect(counts.role).toBeGreaterThanOrEqual(phases * 5);
  expect(counts.about).toBe(phases);
  expect(counts.network).toBe(1);

  const { page } = app;
  await app.open(`#/netvaerk/${networkId}`);
  await app.dismissToasts();
  const tracker = page.getByRole('region', { name: 'Faser' });
  await tracker.getByRole('tab', { name: /Forstå udfordringen/ }).click();
  await expect(tracker.getByRole('tabpanel')).toContainText('Hvorfor fasen er med:');
  await app.screenshot('1366-netvaerk-faser-supplerende', '#phases-title');
  await app.open('#/roller');
  await page.locator('#matrix-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshot('1366-roller-matrix');
  await page
    .getByRole('heading', { name: 'Om de supplerende faser' })
    .evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await app.screenshot('1366-roller-matrix-supplerende');

  // An agreement example that names a phase says the same number.
  await app.open(`#/netvaerk/${networkId}`);
  await page
    .getByRole('region', { name: 'Samarbejdsaftaler' })
    .getByRole('button', { name: 'Start aftale med referenceleder' })
    .click();
  await page.getByRole('button', { name: 'Næste: Parterne og perioden' }).click();
  await page.getByRole('button', { name: 'Næste: Emner' }).click();
  const ideas = findPhase(shippedPhaseModel, 'ideudvikling')!;
  await expect(page.getByText(`inden fase ${ideas.number} (${ideas.name.da})`)).toBeVisible();
});

test('the role pages say every point of the seed pages, and the model page says where the content comes from', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/roller');
  await page.getByRole('link', { name: 'Om netværksmodellen: hvor indholdet kommer fra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Om netværksmodellen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Grundlaget' })).toContainText('Albertslund Kommune');
  await expect(page.getByRole('region', { name: 'Det, appen har lagt til' })).toContainText('supplerende fase');
  await app.screenshot('1366-om-netvaerksmodellen');

  for (const roleId of ['codriver', 'referenceleder'] as const) {
    await app.open(`#/roller/${roleId}`);
    const main = page.locator('main');
    const said = seedCoverage
      .filter((point) => point.seed === (roleId === 'codriver' ? 'co-driver.txt' : 'referenceleder.txt'))
      .flatMap((point) => point.said);
    for (const place of said) {
      const [kind, rest = ''] = place.at.split(':');
      const [first = '', second = ''] = rest.split('.');
      const texts =
        kind === 'role'
          ? [roles[first as 'codriver'][second as 'responsibilities']].flat()
          : findPhase(shippedPhaseModel, first)!.tasks[second as 'codriver'];
      const text = texts.find((item) => place.has.every((word) => item.da.toLowerCase().includes(word.toLowerCase())));
      expect(text, place.at).toBeDefined();
      await expect(main.getByText(text!.da, { exact: true }).first()).toBeAttached();
    }
    await app.screenshot(`1366-rolle-${roleId}`);
    await page.locator('#moments-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot(`1366-rolle-${roleId}-tidspunkter`);
    await page.locator('#tasks-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot(`1366-rolle-${roleId}-faser`);
  }
});
