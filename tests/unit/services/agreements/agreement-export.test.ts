import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDefinitions } from '../../../../electron/shared/domain';
import type { Agreement } from '../../../../electron/shared/entities';
import { inspectDocx } from '../../../support/docx-inspect';
import { fixedClock, must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';
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

const PRIVATE_NOTE = 'Jeg er usikker på, om direktøren har tid nok til os.';

async function exported(input: InputOf<'agreements:export'>) {
  const result = await must(services, 'agreements:export', input);
  const file = chosen.at(-1) ?? '';
  expect(savedName(result)).toBe(file.split('/').at(-1));
  return inspectDocx(new Uint8Array(await fs.readFile(file)));
}

async function agreedWithNotes(): Promise<Agreement> {
  const { agreement } = await startOn(services, 'referenceleder');
  const question = agreementDefinitions.referenceleder.preparationQuestions[0]!;
  await must(services, 'agreements:update-draft', {
    id: agreement.id,
    patch: {
      preparation: { [question.id]: PRIVATE_NOTE },
      topics: { 'referenceleder-moederytme': 'En time før hver fase.\n\nOg ellers efter behov.' },
    },
  });
  return approveFilled(services, agreement, { agreedDate: '2026-11-23', reviewDate: '2027-05-20' });
}

describe('the agreement as a Word document', () => {
  it('has title, parties with roles, period, a Heading 2 per agreed topic, version, Danish dates and signature lines', async () => {
    const agreement = await agreedWithNotes();
    const doc = await exported({ id: agreement.id });
    expect(doc.coreProps.title).toBe('Samarbejdsaftale med referencelederen');
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Samarbejdsaftale med referencelederen' });
    expect(doc.allText).toContain('Flere unge i job og uddannelse · Version 1');

    const filled = agreementDefinitions.referenceleder.topics.filter(
      (t) => (agreement.versions[0]?.topics[t.id] ?? '') !== '',
    );
    expect(doc.headings(2)).toEqual(filled.map((t) => t.title.da));
    expect(doc.headings(1)).toEqual(['Formål med aftalen', 'Det aftaler vi', 'Revision af aftalen', 'Underskrifter']);
    expect(doc.paragraphs.filter((p) => p.text === 'Og ellers efter behov.')).toHaveLength(1);

    const facts = Object.fromEntries((doc.tables[0] ?? []).map((row) => [row[0], row[1]]));
    expect(facts).toMatchObject({
      Netværk: 'Flere unge i job og uddannelse',
      Netværksleder: 'Mette Kjærgaard, Afdelingsleder, Børn og Unge',
      Referenceleder: 'Anne-Sofie Holm, Direktør for Børn og Unge, Direktionen',
      Periode: '1. december 2026 – 30. juni 2027',
      Version: '1',
      'Aftalt den': '23. november 2026',
      'Revideres senest': '20. maj 2027',
    });
    expect(doc.allText).toContain('senest 20. maj 2027');

    const signatures = doc.tables.at(-1) ?? [];
    expect(signatures.map((row) => row[0])).toEqual(['Mette Kjærgaard', 'Netværksleder', 'Sted og dato']);
    expect(signatures.map((row) => row[1])).toEqual(['Anne-Sofie Holm', 'Referenceleder', 'Sted og dato']);
    expect(doc.styleIds.has('Heading2')).toBe(true);
  });

  it('says the review once: the date and the topic on revising along the way under one heading', async () => {
    const { agreement } = await startOn(services, 'referenceleder');
    const along = 'Når netværket går ind i testen, og igen før spredningen.';
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { topics: { 'referenceleder-revision': along } },
    });
    const approved = await approveFilled(services, agreement, { agreedDate: '2026-11-23', reviewDate: '2027-05-20' });
    const doc = await exported({ id: approved.id });
    const headings = [...doc.headings(1), ...doc.headings(2), ...doc.headings(3)];
    expect(headings.filter((h) => /revi/i.test(h))).toEqual(['Revision af aftalen']);
    const texts = doc.paragraphs.map((p) => p.text);
    const section = texts.slice(texts.indexOf('Revision af aftalen'));
    expect(section[1]).toContain('senest 20. maj 2027');
    expect(section[2]).toBe(along);
    expect(doc.tables[0]).toContainEqual(['Revideres senest', '20. maj 2027']);
  });

  it('leaves the preparation answers out unless they are asked for', async () => {
    const agreement = await agreedWithNotes();
    const without = await exported({ id: agreement.id });
    expect(without.allText).not.toContain(PRIVATE_NOTE);
    expect(without.allText).not.toContain('forberedelse');
    const explicitOff = await exported({ id: agreement.id, includePreparation: false });
    expect(explicitOff.allText).not.toContain(PRIVATE_NOTE);

    const withNotes = await exported({ id: agreement.id, includePreparation: true });
    expect(withNotes.allText).toContain(PRIVATE_NOTE);
    expect(withNotes.headings(1)).toContain('Bilag: Netværkslederens forberedelse');
    expect(withNotes.headings(3)).toEqual([agreementDefinitions.referenceleder.preparationQuestions[0]?.text.da]);
  });

  it('writes an earlier version as it was agreed, and marks a draft without signature lines', async () => {
    const agreement = await agreedWithNotes();
    await must(services, 'agreements:edit', { id: agreement.id });
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { topics: { 'referenceleder-moederytme': 'Hver anden uge.' } },
    });
    await must(services, 'agreements:update-draft', {
      id: agreement.id,
      patch: { agreedDate: '2027-03-01', reviewDate: '2027-09-01' },
    });
    await must(services, 'agreements:approve', { id: agreement.id });

    const v1 = await exported({ id: agreement.id, version: 1 });
    expect(v1.allText).toContain('En time før hver fase.');
    expect(v1.allText).not.toContain('Hver anden uge.');
    const v2 = await exported({ id: agreement.id });
    expect(v2.allText).toContain('Hver anden uge.');
    expect(Object.fromEntries((v2.tables[0] ?? []).map((r) => [r[0], r[1]]))).toMatchObject({
      Version: '2',
      'Aftalt den': '1. marts 2027',
    });

    const { agreement: draft } = await startOn(services, 'codriver');
    const draftDoc = await exported({ id: draft.id });
    expect(draftDoc.allText).toContain('Udkast til version 1');
    expect(draftDoc.headings(1)).not.toContain('Underskrifter');
  });

  it('writes English when asked, with English dates', async () => {
    const agreement = await agreedWithNotes();
    const doc = await exported({ id: agreement.id, lang: 'en' });
    expect(doc.paragraphs[0]?.text).toBe('Collaboration agreement with the reference leader');
    expect(doc.allText).toContain('20 May 2027');
  });
});
