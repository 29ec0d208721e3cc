import { expect, test } from './fixtures';

// The fixture fails a test on any page error or console error, so these pass only if a refusal the
// user has been shown ends there: one toast, no unhandled rejection.

test('a task removed behind the app’s back: clicking its × says so once and the page raises no error', async ({
  app,
}) => {
  const { page } = app;
  const networkId = await app.loadExample();
  const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { id } = await app.call('meetings:create', { networkId, date: next, startTime: '09:00' });
  const meeting = await app.call('meetings:add-action', {
    id,
    text: 'Send referatet rundt',
  });
  const actionId = meeting.actions[0]?.id ?? '';

  await page.goto('about:blank'); // a fresh start, so the app loads the meeting planned behind its back
  await app.open(`#/moeder/${id}/opsamling`);
  const remove = page.getByRole('button', { name: 'Slet opgaven «Send referatet rundt»' });
  await expect(remove).toBeVisible();

  await app.call('meetings:remove-action', { id, actionId });
  await remove.click();

  const toast = page.getByTestId('toast');
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText('Opgaven findes ikke længere.');
  // The refusal changed nothing else: the meeting on disk has no tasks, and the app still works.
  const saved = (await app.readDataFile()).meetings.find((m) => m.id === id);
  expect(saved?.actions).toEqual([]);
  await app.dismissToasts();
  await page.getByRole('link', { name: 'Møder', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Møder' })).toBeVisible();
});
