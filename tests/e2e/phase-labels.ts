/**
 * Walks every screen and export that names a phase and checks each one against the model's own
 * label ("2. Netværksdesign"): the one-numbering check, run for the built-in model and an edited one.
 */
import { promises as fs } from 'node:fs';
import {
  phaseLabel,
  phaseLabelWithKind,
  referencedPhase,
  ROLE_IDS,
  type PhaseModel,
} from '../../electron/shared/domain';
import { inspectDocx } from '../support/docx-inspect';
import { expect, type TestApp } from './fixtures';

/** What one screen said about one phase. */
interface Seen {
  where: string;
  phaseId: string;
  text: string;
}

/** Every element marked as naming a phase on the page now. */
async function phaseLabelsOnPage(app: TestApp, where: string): Promise<Seen[]> {
  const found = await app.page
    .locator('[data-phase-label]')
    .evaluateAll((elements) =>
      elements.map((el) => ({ phaseId: el.getAttribute('data-phase-label') ?? '', text: el.textContent ?? '' })),
    );
  return found.map((item) => ({ where, ...item, text: item.text.replace(/\s+/g, ' ').trim() }));
}

/**
 * True when the text names the phase exactly as the model does, and with no other number; a phase
 * the organisation removed may still be named (a role's key moment), by its name and no number.
 */
function agrees(model: PhaseModel, seen: Seen): boolean {
  const phase = referencedPhase(model, seen.phaseId);
  if (!phase) return false;
  const label = phaseLabel(phase, 'da');
  const otherNumber = new RegExp(`\\d+\\.\\s*${phase.name.da.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return seen.text.includes(label) && (phase.number !== null || !otherNumber.test(seen.text));
}

/**
 * Visits the tracker, the network card, the matrix, every role page and the model page, and
 * exports a role handout; fails on any phase named differently from the model. Returns how many
 * labels it checked per place, so a caller can see that each place was really looked at.
 */
export async function expectOneNumbering(
  app: TestApp,
  model: PhaseModel,
  networkId: string,
): Promise<Record<string, number>> {
  const { page } = app;
  const seen: Seen[] = [];

  await app.open(`#/netvaerk/${networkId}`);
  const tracker = page.getByRole('region', { name: 'Faser' });
  await expect(tracker.getByRole('tab')).toHaveCount(model.phases.length);
  seen.push(...(await phaseLabelsOnPage(app, 'tracker')));
  // The stepper's dots show progress, never a position that could pass for a phase number.
  const dots = await tracker.locator('.dot').allTextContents();
  expect(dots.filter((dot) => dot.trim() !== '' && dot.trim() !== '✓')).toEqual([]);

  await app.open('#/netvaerk');
  seen.push(...(await phaseLabelsOnPage(app, 'network card')));
  await app.open('#/roller');
  await expect(page.locator('[data-phase-row]')).toHaveCount(model.phases.length);
  seen.push(...(await phaseLabelsOnPage(app, 'matrix')));
  for (const roleId of ROLE_IDS) {
    await app.open(`#/roller/${roleId}`);
    seen.push(...(await phaseLabelsOnPage(app, `role page ${roleId}`)));
  }
  await app.open('#/roller/om-modellen');
  seen.push(...(await phaseLabelsOnPage(app, 'about the model')));
  await app.open('#/indstillinger');
  await expect(page.locator('[data-phase-model-row]')).toHaveCount(model.phases.length);
  seen.push(...(await phaseLabelsOnPage(app, 'settings')));

  const wrong = seen
    .filter((item) => !agrees(model, item))
    .map((item) => `${item.where}: ${item.phaseId} "${item.text}"`);
  expect(wrong).toEqual([]);

  // The Word handout's phase table, for the role and network.
  await app.open(`#/roller/referenceleder?netvaerk=${networkId}`);
  const before = app.savedFiles.length;
  await page.getByRole('button', { name: 'Eksportér som Word' }).click();
  await expect.poll(() => app.savedFiles.length).toBe(before + 1);
  await expect(page.getByText(/^Gemt som .*\.docx i mappen /).last()).toBeVisible();
  const doc = await inspectDocx(new Uint8Array(await fs.readFile(app.savedFiles.at(-1)!)));
  const table = doc.tables.find((rows) => rows[0]?.[0] === 'Fase');
  expect(table?.slice(1).map((row) => row[0])).toEqual(model.phases.map((phase) => phaseLabelWithKind(phase, 'da')));

  const counts: Record<string, number> = {};
  for (const item of seen) counts[item.where.split(' ')[0]!] = (counts[item.where.split(' ')[0]!] ?? 0) + 1;
  return counts;
}
