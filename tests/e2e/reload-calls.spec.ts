/**
 * The renderer asks the services only for what a change touched: counted at the bridge, one edit of a
 * network field is one call, and a restore or the example reloads each collection once.
 */
import { expect, test } from './fixtures';

/** The calls that load a whole collection; each must come once after everything changed. */
const COLLECTION_LOADS = [
  'phasemodel:get',
  'networks:list',
  'people:list',
  'meetings:list',
  'meetings:list-templates',
  'meetings:open-actions',
  'reflections:summaries',
  'reflections:prompt-settings',
  'agreements:list',
];

const counted = (calls: string[]) =>
  Object.fromEntries(COLLECTION_LOADS.map((c) => [c, calls.filter((x) => x === c).length]));
const once = Object.fromEntries(COLLECTION_LOADS.map((c) => [c, 1]));

test('one edit of a network field is one call; the example and a restore reload each collection once', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  const beforeExample = app.channelsCalledBy(page).length;
  await app.loadExample();
  const exampleCalls = app.channelsCalledBy(page).slice(beforeExample);
  expect(exampleCalls.filter((c) => c === 'networks:load-example')).toHaveLength(1);
  expect(counted(exampleCalls)).toEqual(once);

  // The network page's decision register searches once, a moment after the page opened; wait for it.
  await expect.poll(() => app.channelsCalledBy(page).slice(beforeExample)).toContain('meetings:decision-register');
  // One keystroke-and-leave in "Tema": the update, nothing reloaded behind it.
  const beforeEdit = app.channelsCalledBy(page).length;
  await page.getByLabel('Tema', { exact: true }).fill('Unge mellem 15 og 25 år');
  await page.getByLabel('Tema', { exact: true }).blur();
  await expect(page.getByText('Alt er gemt')).toBeVisible();
  expect(app.channelsCalledBy(page).slice(beforeEdit)).toEqual(['networks:update']);

  // A restore replaces everything: each collection is loaded once more, none twice.
  await page.getByRole('link', { name: 'Indstillinger' }).click();
  await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
  await expect(page.getByRole('cell', { name: 'Taget af dig' })).toBeVisible();
  const beforeRestore = app.channelsCalledBy(page).length;
  await page
    .getByRole('row')
    .filter({ hasText: 'Taget af dig' })
    .getByRole('button', { name: /Gendan/ })
    .click();
  await page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' }).getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'er gendannet' })).toBeVisible();
  expect(counted(app.channelsCalledBy(page).slice(beforeRestore))).toEqual(once);
});
