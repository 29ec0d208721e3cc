import { everyByte, everyTextWithKey } from '../support/folder-text';
import { expect, test } from './fixtures';

const WORD = 'Tøndebåndsvalmue';

test('Indstillinger says how long the trash keeps things, and "Tøm papirkurven" removes a deleted private entry from every file after a confirmation', async ({
  app,
}) => {
  const { page } = app;
  const entry = await app.call('reflections:create', { kind: 'fri', title: 'Privat tanke', private: true });
  await app.call('reflections:update', { id: entry.id, patch: { body: `Kun til mig: ${WORD}` } });
  await app.call('backups:create', {});
  await app.call('reflections:delete', { id: entry.id });
  // Encrypted on disk, but there behind the key: in the data, the journal or a backup.
  expect((await everyByte(app.dataDir)).includes(WORD)).toBe(false);
  expect(await everyTextWithKey(app.dataDir)).toContain(WORD);

  await app.open('#/indstillinger');
  const trash = page.getByRole('region', { name: 'Papirkurv' });
  await expect(trash).toContainText('ligger derefter i papirkurven i 30 dage');
  await expect(trash.getByTestId('trash-count')).toHaveText('Slettet og stadig i papirkurven: 1');
  await trash.scrollIntoViewIfNeeded();
  await app.screenshot('papirkurv');

  // Cancelling changes nothing; confirming removes it for good.
  await trash.getByRole('button', { name: 'Tøm papirkurven' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annullér' }).click();
  await expect(trash.getByTestId('trash-count')).toHaveText('Slettet og stadig i papirkurven: 1');
  await trash.getByRole('button', { name: 'Tøm papirkurven' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tøm papirkurven' }).click();
  await expect(page.getByText('Papirkurven er tømt: 1 ting er fjernet for altid.')).toBeVisible();
  await expect(trash.getByTestId('trash-count')).toHaveText('Papirkurven er tom.');
  await expect(trash.getByRole('button', { name: 'Tøm papirkurven' })).toBeDisabled();
  expect(await everyTextWithKey(app.dataDir)).not.toContain(WORD);
});
