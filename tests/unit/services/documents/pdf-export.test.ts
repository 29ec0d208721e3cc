import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentRequest } from '../../../../electron/shared/contract/documents';
import type { Meeting, Network } from '../../../../electron/shared/entities';
import { inspectDocx } from '../../../support/docx-inspect';
import { fixedClock, must, savedName, startTempServices, type TempServices } from '../../../support/temp-services';
import { refused } from '../meetings/meeting-fixtures';

const PDF = new TextEncoder().encode('%PDF-1.7 test');
let services: TempServices;
const chosen: string[] = [];
const printed: DocumentRequest[] = [];

async function start(withPrinter: boolean): Promise<{ network: Network; held: Meeting }> {
  chosen.length = 0;
  printed.length = 0;
  services = await startTempServices({
    clock: fixedClock('2026-12-04T09:00:00.000Z'),
    saveDialog: async (request) => {
      const target = `${services.dataDir}/${request.defaultFileName}`;
      chosen.push(target);
      return target;
    },
    ...(withPrinter
      ? {
          printToPdf: async (request: DocumentRequest) => {
            printed.push(request);
            return PDF;
          },
        }
      : {}),
  });
  const network = await must(services, 'networks:load-example', {});
  const meetings = await must(services, 'meetings:list', {});
  const held = meetings.find((m) => m.status === 'held');
  if (!held) throw new Error('the example has a held meeting');
  return { network, held };
}
afterEach(async () => services.dispose());

describe('Gem som PDF', () => {
  it('prints the request through the host and writes the PDF on the one save path, named as the Word file', async () => {
    const { held } = await start(true);
    expect((await must(services, 'app:info', {})).canSavePdf).toBe(true);
    await must(services, 'meetings:export-minutes', { id: held.id, includeNotes: true });
    const result = await must(services, 'documents:export-pdf', {
      kind: 'minutes',
      id: held.id,
      includeNotes: true,
    });
    expect(printed).toEqual([{ kind: 'minutes', id: held.id, includeNotes: true }]);
    expect(result).toMatchObject({ saved: true, fileName: chosen[1]?.split('/').at(-1) });
    expect(savedName(result)).toBe(
      chosen[0]
        ?.split('/')
        .at(-1)
        ?.replace(/\.docx$/, '.pdf'),
    );
    expect(new Uint8Array(await fs.readFile(chosen[1] ?? ''))).toEqual(PDF);
  });

  it('writes nothing when the user cancels', async () => {
    const { held } = await start(true);
    await services.close();
    services = await startTempServices({
      dataDir: services.dataDir,
      saveDialog: async () => null,
      printToPdf: async () => PDF,
    });
    expect(await must(services, 'documents:export-pdf', { kind: 'agenda', id: held.id })).toEqual({ saved: false });
  });

  it('is refused in Danish where the host cannot print, and for a document that does not exist, before printing', async () => {
    const { held } = await start(false);
    expect((await must(services, 'app:info', {})).canSavePdf).toBe(false);
    const error = await refused(services, 'documents:export-pdf', { kind: 'agenda', id: held.id });
    expect(error.message).toContain('Udskriv');
    await services.dispose();
    await start(true);
    expect((await refused(services, 'documents:export-pdf', { kind: 'agenda', id: 'findes-ikke' })).code).toBe(
      'not-found',
    );
    expect(printed).toHaveLength(0);
    expect(chosen).toHaveLength(0);
  });
});

describe('the print view', () => {
  it('holds the Word file’s title, header, headings and tables in the same order', async () => {
    const { held } = await start(false);
    await must(services, 'profile:update', { patch: { organisation: 'Eksempel Kommune', department: 'Social' } });
    const view = await must(services, 'documents:print-view', { kind: 'agenda', id: held.id });
    await must(services, 'meetings:export-agenda', { id: held.id });
    const word = await inspectDocx(new Uint8Array(await fs.readFile(chosen[0] ?? '')));
    expect(view.title).toBe(word.paragraphs.find((p) => p.style === 'Title')?.text);
    const headingTexts = view.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headingTexts).toEqual(word.headings());
    expect(view.header.left).toBe('Eksempel Kommune · Social');
    expect(view.footer).toMatchObject({ page: 'Side', of: 'af' });
    expect(view.look).toEqual({ headingFont: 'Arial', bodyFont: 'Arial', accent: '#1F5663' });
    const tables = view.blocks.filter((b) => b.type === 'table').length;
    expect(tables).toBe(word.tables.length - view.blocks.filter((b) => b.type === 'keyValue').length);
  });
});
