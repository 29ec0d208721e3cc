/**
 * Carry-forward from every shipped template: what the network left open lands in the right place on
 * the new agenda, the template's closing item stays the only one and the last, and a meeting that
 * starts too long says so and can be fitted to its time (and the fit undone).
 */
import { meetingTemplates } from '../../electron/shared/domain';
import { expect, test } from './fixtures';

const EXTRA_TASKS = ['Booke lokale til workshoppen', 'Samle de unges citater i ét dokument'];
const GUIDE = /interviewguide/;

for (const template of meetingTemplates) {
  const closing = template.items.find((item) => item.role === 'closing')?.title.da ?? '';
  const status = template.items.find((item) => item.role === 'status')?.title.da;

  test(`carry-forward into «${template.name.da}» keeps one closing item last and places the carried points`, async ({
    app,
  }) => {
    const { page } = app;
    await app.loadExample();

    // The held kick-off gets two more open tasks, so three tasks are waiting, as in a real network.
    const kickoff = (await app.call('meetings:list', {})).find((m) => m.status === 'held');
    if (!kickoff) throw new Error('the example has no held meeting');
    for (const text of EXTRA_TASKS) await app.call('meetings:add-action', { id: kickoff.id, text });
    await page.reload();
    await page.locator('main[aria-busy="false"]').waitFor();

    await page.getByRole('region', { name: 'Møder', exact: true }).getByRole('button', { name: 'Nyt møde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nyt møde' });
    await dialog
      .getByLabel('Start fra')
      .selectOption({ label: `${template.name.da} (${template.durationMinutes} min)` });
    const offered = dialog.getByRole('group', { name: 'Fra tidligere møder' }).getByRole('checkbox');
    await expect(offered).not.toHaveCount(0);
    // The kick-off's own closing item is never offered.
    await expect(dialog.getByRole('group', { name: 'Fra tidligere møder' })).not.toContainText('Opsamling');
    const offeredCount = await offered.count();
    await dialog.getByRole('button', { name: 'Opret møde' }).click();
    await expect(page.getByRole('heading', { level: 1, name: template.name.da })).toBeVisible();

    const rows = page.locator('li[data-agenda-item]');
    await expect(rows).toHaveCount(template.items.length + offeredCount);
    const titles = await page
      .locator('input[id^="agenda-title-"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const carried = await rows.evaluateAll((items) =>
      items.map((item) => (item.textContent ?? '').includes('Fra Opstartsmøde')),
    );

    // One closing item, and it closes the meeting.
    expect(titles.filter((title) => title === closing)).toHaveLength(1);
    expect(titles.at(-1)).toBe(closing);
    expect(carried.at(-1)).toBe(false);

    // The tasks: right under the status item as sub-points, or else just before the closing item.
    const taskTitles = [GUIDE, ...EXTRA_TASKS.map((text) => new RegExp(text))];
    const taskAt = taskTitles.map((pattern) => titles.findIndex((title) => pattern.test(title)));
    expect(taskAt.every((i) => i >= 0 && carried[i])).toBe(true);
    const carriedAt = carried.flatMap((isCarried, i) => (isCarried ? [i] : []));
    expect(carriedAt).toHaveLength(offeredCount);
    if (status) {
      const statusAt = titles.indexOf(status);
      expect(taskAt.toSorted((a, b) => a - b)).toEqual([statusAt + 1, statusAt + 2, statusAt + 3]);
      for (const i of taskAt) await expect(page.getByLabel(`Minutter til punkt ${i + 1}`)).toHaveValue('0');
      // Carried agenda points (not tasks) still go just before the closing item.
      const points = carriedAt.filter((i) => !taskAt.includes(i));
      expect(points).toEqual(points.map((_, k) => titles.length - 1 - points.length + k));
    } else {
      expect(carriedAt).toEqual(carriedAt.map((_, k) => titles.length - 1 - carriedAt.length + k));
    }

    // The duration: said at once when the new meeting starts over its time, and "Tilpas til tiden" fits it.
    const minutes = await page
      .locator('input[id^="agenda-minutes-"]')
      .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
    const over = minutes.reduce((sum, m) => sum + m, 0) - template.durationMinutes;
    const balance = page.getByTestId('agenda-balance');
    if (over <= 0) {
      await expect(balance).not.toContainText('for lang');
      await expect(page.getByText(/Det nye møde er \d+ min for langt/)).toHaveCount(0);
      return;
    }
    await expect(balance).toContainText(`Dagsordenen er ${over} min for lang.`);
    const warning = page.getByTestId('toast').filter({ hasText: `Det nye møde er ${over} min for langt.` });
    await expect(warning).toBeVisible();
    await expect(page.getByText('Over tiden').first()).toBeVisible();

    await balance.getByRole('button', { name: 'Tilpas til tiden' }).click();
    const proposal = page.getByRole('group', { name: 'Forslag til kortere punkter' });
    await expect(proposal.getByRole('listitem')).not.toHaveCount(0);
    await proposal.getByRole('button', { name: 'Brug forslaget' }).click();
    await expect(balance).toContainText('Dagsordenen fylder præcis mødets tid.');
    await expect(page.getByText('Over tiden')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Dagsorden', exact: true })).toBeFocused();
    const saved = (await app.call('meetings:list', {})).find((m) => m.title === template.name.da);
    expect(saved?.agenda.reduce((sum, item) => sum + item.minutes, 0)).toBe(template.durationMinutes);
    // Breaks and sub-points keep their time.
    for (const [i, item] of (saved?.agenda ?? []).entries()) {
      if (item.kind === 'pause' || minutes[i] === 0) expect(item.minutes).toBe(minutes[i]);
    }

    // The warning toast stays until it is closed; the fit can be undone from its own toast.
    await expect(warning).toBeVisible();
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Punkterne er kortet ned' })
      .getByRole('button', { name: 'Fortryd' })
      .click();
    await expect(balance).toContainText(`Dagsordenen er ${over} min for lang.`);
    await warning.getByRole('button', { name: 'Luk' }).click();
    await expect(warning).toHaveCount(0);
  });
}
