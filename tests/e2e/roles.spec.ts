import { ROLE_IDS, findPhase, netvaerkslederCompetences, roles, shippedPhaseModel } from '../../electron/shared/domain';
import { inspectDocx } from '../support/docx-inspect';
import { seriousA11yViolations } from './axe';
import { promises as fs } from 'node:fs';
import { EXAMPLE_NETWORK, expect, test } from './fixtures';

const EXAMPLE = EXAMPLE_NETWORK;

test('Roller: the overview, every role page, a matrix cell opened by keyboard and a "Hvem har rollen" link to the network', async ({
  app,
}) => {
  const { page } = app;
  await app.loadExample();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Roller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roller' })).toBeVisible();
  await expect(page.getByTestId('role-card')).toHaveCount(ROLE_IDS.length);
  await app.screenshot('roller-oversigt');

  for (const roleId of ROLE_IDS) {
    const role = roles[roleId];
    await page
      .getByTestId('role-card')
      .filter({ has: page.getByRole('heading', { name: role.name.da, exact: true }) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name.da);
    await expect(page.getByText(role.purpose.da)).toBeVisible();
    const responsibilities = page.getByRole('region', { name: 'Ansvar' }).getByRole('listitem');
    await expect(responsibilities).toHaveText(role.responsibilities.map((r) => r.da));
    if (roleId === 'netvaerksleder') {
      const competences = page.getByRole('region', { name: 'Kompetencer, rollen trækker på' }).getByRole('listitem');
      await expect(competences).toHaveText(netvaerkslederCompetences.map((c) => c.da));
    }
    if (roleId === 'codriver') {
      await expect(page.getByRole('region', { name: 'Hvem har rollen i dine netværk' })).toContainText('Jonas Bech');
      await app.screenshot('roller-co-driver');
      await page.locator('#relations-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await app.screenshot('roller-co-driver-samspil');
      await page.locator('#tasks-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await app.screenshot('roller-co-driver-faser');
    }
    await page.getByRole('link', { name: '← Alle roller' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Roller' })).toBeVisible();
  }

  const matrix = page.getByRole('region', { name: 'Hvem gør hvad i hvilken fase' });
  const opstart = findPhase(shippedPhaseModel, 'opstart')!;
  const cell = matrix.locator('[data-cell="opstart:netvaerksleder"] button');
  await expect(cell).toHaveAttribute('aria-expanded', 'false');
  await expect(cell).not.toContainText(opstart.tasks.netvaerksleder[1]!.da);
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-expanded', 'true');
  for (const task of opstart.tasks.netvaerksleder) await expect(cell).toContainText(task.da);
  const byClick = matrix.locator('[data-cell="konkretisering:netvaerksleder"] button');
  await byClick.click();
  await expect(byClick).toHaveAttribute('aria-expanded', 'true');
  const supplementaryRows = shippedPhaseModel.phases.filter((p) => p.supplementary !== null).length;
  await expect(matrix.locator('tbody').getByText('supplerende fase', { exact: true })).toHaveCount(supplementaryRows);
  await expect(matrix.locator('[data-phase-row="netvaerksdesign"] th')).toContainText('2. Netværksdesign');
  await page.locator('#matrix-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await app.screenshot('roller-matrix');

  const holders = page.getByRole('region', { name: 'Hvem har rollen' });
  const row = holders.getByRole('row').filter({ hasText: EXAMPLE });
  await expect(row.locator('[data-role-holder="netvaerksleder"]')).toHaveText('Mette Kjærgaard');
  await expect(row.locator('[data-role-holder="referenceleder"]')).toHaveText('Anne-Sofie Holm');
  await row.getByRole('link', { name: EXAMPLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  await expect(page.getByTestId('current-phase')).toHaveText('2. Netværksdesign');
});

test('a role handout exported from a network names the people there', async ({ app }) => {
  const { page } = app;
  const networkId = await app.loadExample();

  await app.open(`#/roller/codriver?netvaerk=${networkId}`);
  await expect(page.getByLabel('Netværk i dokumentet')).toHaveValue(networkId);
  await page.getByRole('button', { name: 'Eksportér som Word' }).click();
  await expect(page.getByText(/^Gemt som .*\.docx i mappen /).last()).toBeVisible();
  expect(app.savedFiles).toHaveLength(1);

  const doc = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles[0]!)));
  expect(doc.coreProps.title).toBe('Rollebeskrivelse: Co-driver');
  expect(doc.headings(1)).toEqual([
    `Hvem har rollerne i «${EXAMPLE}»`,
    'Formål med rollen',
    'Ansvar',
    'Samspil med de andre roller',
    'Kompetencer, rollen trækker på',
    'Vigtige tidspunkter',
    'Opgaver i netværkets faser',
  ]);
  expect(doc.allText).toContain(roles.codriver.responsibilities[0]!.da);
  expect(doc.allText).toContain('Jonas Bech');
  expect(doc.allText).toContain('Anne-Sofie Holm');
  expect(doc.hasPageNumberField).toBe(true);

  await page.getByLabel('Netværk i dokumentet').selectOption({ label: 'Uden netværk' });
  await page.getByRole('button', { name: 'Eksportér som Word' }).click();
  await expect.poll(() => app.savedFiles.length).toBe(2);
  await expect(page.getByText(/^Gemt som /)).toHaveCount(2);
  const plain = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles[1]!)));
  expect(plain.allText).not.toContain('Jonas Bech');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the role screens pass axe in the ${scheme} theme, with a matrix cell open`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await app.loadExample();
    await app.open('#/roller');
    await page.locator('[data-cell="opstart:codriver"] button').click();
    expect(await seriousA11yViolations(page, `${scheme}-roller`)).toEqual([]);
    await app.open('#/roller/netvaerksleder');
    expect(await seriousA11yViolations(page, `${scheme}-rolle-netvaerksleder`)).toEqual([]);
  });
}
