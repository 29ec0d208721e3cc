import { expect, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a before-meeting entry suggests at most three questions from the chosen themes, with the free text above the fold', async ({
  app,
}) => {
  const { page } = app;
  const networkId = await app.loadExample();
  const inFiveDays = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const { id: meetingId } = await app.call('meetings:create', {
    networkId,
    date: inFiveDays,
    startTime: '10:00',
    title: 'Idémøde med borgerne',
  });
  await page.goto('about:blank');
  await app.open(`#/moeder/${meetingId}`);
  await page.getByRole('link', { name: 'Skriv refleksion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Idémøde med borgerne' })).toBeVisible();
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('foer');
  await app.dismissToasts();

  // The free text comes first and is in view without scrolling.
  const body = page.getByLabel('Fri tekst');
  const box = await body.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
  await expect(body).toBeInViewport();

  // At most three suggestions, in the future tense; the others only after "Vis flere".
  const suggested = page.getByTestId('suggested-prompts').getByRole('listitem');
  const count = await suggested.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(3);
  for (const text of await suggested.allInnerTexts()) expect(text).not.toMatch(/i dag/);
  await expect(page.locator('#more-prompts')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Forventet fremdrift' })).toBeVisible();
  await expect(page.getByText('Hvor meget tror du, mødet vil flytte netværket?')).toBeVisible();
  await app.screenshot('refleksion-foer-forslag');

  // Picking themes narrows the suggestions to them, and the choice is kept.
  const themes = page.getByRole('group', { name: 'Hvad vil du tænke over?' });
  await expect(themes.getByRole('button', { name: 'Spørgsmål til netværkslederen' })).toHaveCount(0);
  await themes.getByRole('button', { name: 'Borgere og politikere' }).click();
  await expect(themes.getByRole('button', { name: 'Borgere og politikere' })).toHaveAttribute('aria-pressed', 'true');
  await expect(suggested.first()).toContainText(/borger|politik|stemme/i);
  for (const text of await suggested.allInnerTexts()) expect(text).toMatch(/borger|politik|stemme|rolle/i);
  await expect.poll(async () => (await app.readDataFile()).reflectionPrompts?.themeIds).toEqual(['inddragelse']);
  await page.getByRole('button', { name: 'Vis flere spørgsmål' }).click();
  await expect(page.locator('#more-prompts')).toBeVisible();
  await app.screenshot('refleksion-foer-flere', '#more-prompts');

  // After the meeting the scales ask about the outcome, and the wrap-up questions for the leader are offered.
  await themes.getByRole('button', { name: 'Borgere og politikere' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Efter mødet' });
  await expect(page.getByRole('group', { name: 'Oplevet fremdrift' })).toBeVisible();
  await themes.getByRole('button', { name: 'Spørgsmål til netværkslederen' }).click();
  await expect(suggested).toHaveCount(3);
  await expect(suggested.first()).toContainText(/du|dig/);
  await app.screenshot('refleksion-efter-til-netvaerkslederen');
});
