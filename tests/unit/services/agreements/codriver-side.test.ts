import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDefinitions, counterpartQuestions } from '../../../../electron/shared/domain';
import type { Agreement } from '../../../../electron/shared/entities';
import { inspectDocx } from '../../../support/docx-inspect';
import {
  fixedClock,
  must,
  readDataFileText,
  savedData,
  startTempServices,
  writeDataFileText,
  type TempServices,
} from '../../../support/temp-services';
import { approveFilled, recordingSaveDialog, startOn } from './agreement-fixtures';
import type { InputOf } from '../../../../electron/shared/contract';

let services: TempServices;
const chosen: string[] = [];
beforeEach(async () => {
  chosen.length = 0;
  services = await startTempServices({
    clock: fixedClock(),
    saveDialog: recordingSaveDialog(() => services.dataDir, chosen),
  });
});
afterEach(async () => services.dispose());

const side = agreementDefinitions.codriver.counterpartSide!;
const [bring, time, learning] = side.groups;
const TIME_NOTE = 'Fire timer om ugen, aftalt med min leder; seks i testugerne.';
const LEARNING_NOTE = 'Jeg vil søge uddannelsen til foråret.';
const LEADER_NOTE = 'Jeg mangler en med styr på tal.';

async function codriverPrepared(): Promise<Agreement> {
  const { agreement } = await startOn(services, 'codriver');
  await must(services, 'agreements:update-draft', { id: agreement.id, patch: { preparer: 'counterpart' } });
  await must(services, 'agreements:update-draft', {
    id: agreement.id,
    patch: { counterpartPreparation: { [time!.questions[0]!.id]: TIME_NOTE } },
  });
  await must(services, 'agreements:update-draft', {
    id: agreement.id,
    patch: {
      counterpartPreparation: { [learning!.questions[1]!.id]: LEARNING_NOTE },
      preparation: { [agreementDefinitions.codriver.preparationQuestions[1]!.id]: LEADER_NOTE },
    },
  });
  return agreement;
}

async function exported(input: InputOf<'agreements:export'>) {
  await must(services, 'agreements:export', input);
  return inspectDocx(new Uint8Array(await fs.readFile(chosen.at(-1) ?? '')));
}

describe("the co-driver's own side of the agreement", () => {
  it('covers her preparation, her time and mandate from her own line manager, and her learning goals', () => {
    expect(side.groups.map((g) => g.title.da)).toEqual([
      'Det, du bringer med',
      'Din tid og dit mandat',
      'Dine læringsmål',
    ]);
    expect(time!.intro.da).toMatch(/egen leder/);
    expect(time!.questions.map((q) => q.text.da).join(' ')).toMatch(/mandat|beslutte/);
    expect(learning!.questions.map((q) => q.text.da).join(' ')).toContain('netværkslederuddannelsen');
    expect(bring!.questions.length).toBeGreaterThan(0);
    // Only the co-driver prepares her own side; the other agreements are prepared by the leader.
    expect(agreementDefinitions.personaleleder.counterpartSide).toBeNull();
    expect(agreementDefinitions.referenceleder.counterpartSide).toBeNull();
  });

  it("keeps her notes apart from the leader's, remembers who is preparing, and carries both into a version", async () => {
    const agreement = await codriverPrepared();
    const stored = (await savedData(services.dataDir)).agreements.find((a) => a.id === agreement.id);
    expect(stored?.draft?.preparer).toBe('counterpart');
    expect(stored?.draft?.counterpartPreparation).toEqual({
      [time!.questions[0]!.id]: TIME_NOTE,
      [learning!.questions[1]!.id]: LEARNING_NOTE,
    });
    expect(Object.values(stored?.draft?.preparation ?? {})).toEqual([LEADER_NOTE]);

    const approved = await approveFilled(services, agreement);
    expect(approved.versions[0]?.counterpartPreparation[time!.questions[0]!.id]).toBe(TIME_NOTE);
    const next = await must(services, 'agreements:edit', { id: agreement.id });
    expect(next.draft?.counterpartPreparation).toEqual(approved.versions[0]?.counterpartPreparation);
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { counterpartPreparation: { [time!.questions[0]!.id]: 'Tre timer om ugen.' } },
    });
    const comparison = await must(services, 'agreements:compare', {
      id: agreement.id,
      from: 1,
      to: 'draft',
    });
    const row = comparison.rows.find((r) => r.field === `counterpartPreparation:${time!.questions[0]!.id}`);
    expect(row).toMatchObject({ before: TIME_NOTE, after: 'Tre timer om ugen.', changed: true });
    expect(row?.label.da).toMatch(/^Co-driver: /);
  });

  it('refuses questions that are not hers and a counterpart side where the agreement has none, changing nothing', async () => {
    const { agreement } = await startOn(services, 'codriver');
    const { agreement: other } = await startOn(services, 'personaleleder');
    const before = await savedData(services.dataDir);
    const foreign = await services.dispatch('agreements:update-draft', {
      id: agreement.id,
      patch: { counterpartPreparation: { [agreementDefinitions.codriver.preparationQuestions[0]!.id]: 'x' } },
    });
    expect(foreign.ok ? 'ok' : foreign.error.code).toBe('invalid-input');
    const noSide = await services.dispatch('agreements:update-draft', {
      id: other.id,
      patch: { preparer: 'counterpart' },
    });
    expect(noSide.ok ? 'ok' : noSide.error.message).toMatch(/netværkslederen/);
    expect(await savedData(services.dataDir)).toEqual(before);
  });

  it('exports her side only when asked for, under her own appendix with a heading per part', async () => {
    const agreement = await codriverPrepared();
    const plain = await exported({ id: agreement.id });
    expect(plain.allText).not.toContain(TIME_NOTE);

    const hers = await exported({ id: agreement.id, includeCounterpartPreparation: true });
    expect(hers.headings(1)).toContain('Bilag: Co-driverens forberedelse');
    expect(hers.headings(1)).not.toContain('Bilag: Netværkslederens forberedelse');
    expect(hers.headings(2)).toEqual(expect.arrayContaining(['Din tid og dit mandat', 'Dine læringsmål']));
    expect(hers.headings(2)).not.toContain('Det, du bringer med');
    expect(hers.headings(3)).toEqual([time!.questions[0]!.text.da, learning!.questions[1]!.text.da]);
    expect(hers.allText).toContain(TIME_NOTE);
    expect(hers.allText).toContain(LEARNING_NOTE);
    expect(hers.allText).not.toContain(LEADER_NOTE);
  });

  it('loads agreements saved before her side existed, with no notes and the leader preparing', async () => {
    const { agreement } = await startOn(services, 'codriver');
    await services.close();
    const data = JSON.parse(await readDataFileText(services.dataDir));
    for (const a of data.agreements) {
      expect(a.draft.preparer).toBe('leader');
      delete a.draft.preparer;
      delete a.draft.counterpartPreparation;
    }
    await writeDataFileText(services.dataDir, JSON.stringify(data));
    services = await startTempServices({ clock: fixedClock(), dataDir: services.dataDir });
    const loaded = await must(services, 'agreements:get', { id: agreement.id });
    expect(loaded.draft).toMatchObject({ preparer: 'leader', counterpartPreparation: {} });
    expect(counterpartQuestions(agreementDefinitions.codriver).length).toBe(
      side.groups.reduce((n, g) => n + g.questions.length, 0),
    );
  });
});
