import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Network, Reflection } from '../../../../electron/shared/entities';
import { inspectDocx } from '../../../support/docx-inspect';
import { fixedClock, must, startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
let chosenPaths: string[];
let network: Network;
let open: Reflection;
let secret: Reflection;

beforeEach(async () => {
  chosenPaths = [];
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-refl-'));
  services = await startTempServices({
    clock: fixedClock('2026-11-23T09:00:00.000Z'),
    dataDir,
    saveDialog: async (request) => {
      const target = path.join(dataDir, `${chosenPaths.length + 1}-${request.defaultFileName}`);
      chosenPaths.push(target);
      return target;
    },
  });
  network = await must(services, 'networks:create', { name: 'Unge i job' });
  open = await must(services, 'reflections:create', {
    kind: 'foer',
    networkId: network.id,
    date: '2026-11-16',
    title: 'Før designworkshoppen',
    energy: 4,
    progress: 3,
    tags: ['mod'],
    body: 'Jeg vil holde øje med **tidsplanen**.\n\n- stille brainstorm\n- *gåtur* i par',
  });
  await must(services, 'reflections:set-answer', {
    id: open.id,
    promptId: 'mod-foer-1',
    text: 'Når vi skal vælge hvem der tester',
  });
  secret = await must(services, 'reflections:create', {
    kind: 'efter',
    networkId: network.id,
    date: '2026-11-17',
    title: 'HEMMELIG-TITEL',
    body: 'HEMMELIG-TEKST om samarbejdet',
    tags: ['HEMMELIGT-TAG'],
    private: true,
  });
  await must(services, 'reflections:set-answer', {
    id: secret.id,
    promptId: 'sparring-efter-1',
    text: 'HEMMELIGT-SVAR',
  });
  await must(services, 'reflections:create', {
    kind: 'fri',
    date: '2026-11-23',
    title: 'Om risiko',
    body: 'Vi skal turde mere.',
  });
});
afterEach(async () => services.dispose());

async function exported(index = 0) {
  const file = chosenPaths[index];
  if (!file) throw new Error('nothing was saved');
  return inspectDocx(new Uint8Array(await fs.readFile(file)));
}

describe('exporting reflections to Word', () => {
  it('never exports a private entry, even when its id is chosen explicitly', async () => {
    const result = await must(services, 'reflections:export', { ids: [secret.id, open.id] });
    expect(result).toMatchObject({ saved: true, exportedCount: 1, skippedPrivate: 1 });
    const docx = await exported();
    const everything = [
      docx.allText,
      docx.xml.document,
      docx.coreProps.title,
      docx.coreProps.description,
      docx.headerText,
      docx.footerText,
    ].join('\n');
    expect(everything).not.toMatch(/HEMMELIG/);
    expect(docx.allText).toContain('Jeg vil holde øje med tidsplanen.');
    expect(docx.allText).toContain('Når vi skal vælge hvem der tester');
    expect(docx.headings(2)).toEqual(['Før designworkshoppen']);
  });

  it('refuses when only private entries are chosen, and writes no file', async () => {
    const result = await services.dispatch('reflections:export', { ids: [secret.id] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('private');
    expect(chosenPaths).toEqual([]);
  });

  it('exports a period with every non-private entry in it, grouped by ISO week, oldest first', async () => {
    const result = await must(services, 'reflections:export', {
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(result).toMatchObject({ saved: true, exportedCount: 2, skippedPrivate: 1 });
    const docx = await exported();
    expect(docx.headings(1)).toEqual(['Uge 47, 2026', 'Uge 48, 2026']);
    expect(docx.headings(2)).toEqual(['Før designworkshoppen', 'Om risiko']);
    expect(docx.allText).not.toContain('HEMMELIG');
    expect(docx.allText).toContain('Vi skal turde mere.');
  });

  it('keeps the facts, the answered question, emphasis and bullets of an entry', async () => {
    await must(services, 'reflections:export', { ids: [open.id] });
    const docx = await exported();
    expect(docx.coreProps.title).toBe('Refleksioner – Unge i job');
    const facts = docx.paragraphs[docx.paragraphs.findIndex((p) => p.text === 'Før designworkshoppen') + 1];
    expect(facts?.text).toBe('16. november 2026 · Før mødet · Energi: 4 af 5 · Fremdrift: 3 af 5 · Emneord: mod');
    expect(docx.xml.document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*4 af 5/s);
    expect(docx.tables).toEqual([]);
    expect(docx.headings(3)).toEqual(['Hvor i mødet kan det blive nødvendigt at tage en chance?', 'Noter']);
    const bullets = docx.paragraphs.filter((p) => p.listId !== null).map((p) => p.text);
    expect(bullets).toEqual(['stille brainstorm', 'gåtur i par']);
    expect(docx.xml.document).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*tidsplanen/s);
  });

  it('names the profile as author, else the network’s co-driver', async () => {
    const codriver = await must(services, 'people:create', { name: 'Jonas Bech' });
    await must(services, 'networks:assign-role', { id: network.id, role: 'codriver', personId: codriver.id });
    await must(services, 'reflections:export', { ids: [open.id] });
    expect((await exported(0)).coreProps.creator).toBe('Jonas Bech');
    await must(services, 'profile:update', { patch: { name: 'Ali Yilmaz' } });
    await must(services, 'reflections:export', { ids: [open.id], lang: 'en' });
    const english = await exported(1);
    expect(english.coreProps.creator).toBe('Ali Yilmaz');
    expect(english.allText).toContain('16 November 2026 · Before the meeting · Energy: 4 of 5');
    await must(services, 'reflections:export', { from: '2026-11-01' });
    const mixed = await exported(2);
    expect(mixed.coreProps.title).toBe('Refleksioner');
    const factLines = mixed.paragraphs.filter((p) => /^\d+\. \w+ \d{4} · /.test(p.text)).map((p) => p.text);
    expect(factLines[0]).toContain('Netværk: Unge i job');
    expect(factLines.slice(1).some((line) => line.includes('Netværk:'))).toBe(false);
    expect(english.headings(3)[0]).toBe('Where in the meeting might we need to take a chance?');
  });

  it('says so when the user cancels the save dialog', async () => {
    const cancelling = await startTempServices({ saveDialog: async () => null });
    try {
      await must(cancelling, 'reflections:create', { kind: 'fri', title: 'x' });
      expect(await must(cancelling, 'reflections:export', {})).toEqual({
        saved: false,
        exportedCount: 1,
        skippedPrivate: 0,
      });
    } finally {
      await cancelling.dispose();
    }
  });
});
