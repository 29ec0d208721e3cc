import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  saveExport,
  saveRequestFor,
  type SaveDialog,
  type SaveRequest,
} from '../../../../electron/services/export/save-export';

const WORD_FILTER = { name: 'Word-dokument', extensions: ['docx'] };
const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'save-export-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A dialog that answers with a fixed path and remembers what it was asked. */
function fakeDialog(answer: string | null): SaveDialog & { requests: SaveRequest[] } {
  const requests: SaveRequest[] = [];
  const dialog = async (request: SaveRequest): Promise<string | null> => {
    requests.push(request);
    return answer;
  };
  return Object.assign(dialog, { requests });
}

describe('saveExport', () => {
  it('writes the bytes exactly where the user chose and reports the file name', async () => {
    const target = path.join(folder, 'Referat møde 3.docx');
    const dialog = fakeDialog(target);
    const request = saveRequestFor('Referat: møde 3', 'Gem referat', WORD_FILTER);
    const result = await saveExport(BYTES, request, dialog);
    expect(result).toMatchObject({ saved: true, fileName: 'Referat møde 3.docx', folder });
    expect(new Uint8Array(await readFile(target))).toEqual(BYTES);
    expect(dialog.requests).toEqual([request]);
    // Nothing else is left in the folder: no temp file beside the document.
    expect(await readdir(folder)).toEqual(['Referat møde 3.docx']);
  });

  it('offers a safe default file name built from the title', () => {
    expect(saveRequestFor('Dagsorden 22/11: netværk?', 'Gem dagsorden', WORD_FILTER)).toEqual({
      title: 'Gem dagsorden',
      defaultFileName: 'Dagsorden 22-11 netværk.docx',
      filters: [WORD_FILTER],
    });
  });

  it('writes nothing when the user cancels', async () => {
    const result = await saveExport(BYTES, saveRequestFor('Aftale', 'Gem', WORD_FILTER), fakeDialog(null));
    expect(result).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('adds the extension when the chosen name lacks it', async () => {
    const result = await saveExport(
      BYTES,
      saveRequestFor('Aftale', 'Gem', WORD_FILTER),
      fakeDialog(path.join(folder, 'aftale')),
    );
    expect(result).toMatchObject({ saved: true, fileName: 'aftale.docx', folder });
    expect(await readdir(folder)).toEqual(['aftale.docx']);
  });

  it('keeps an extension typed in another case instead of doubling it', async () => {
    const result = await saveExport(
      BYTES,
      saveRequestFor('Aftale', 'Gem', WORD_FILTER),
      fakeDialog(path.join(folder, 'AFTALE.DOCX')),
    );
    expect(result).toMatchObject({ saved: true, fileName: 'AFTALE.DOCX', folder });
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(folder, 'rolle.docx');
    await writeFile(target, 'an older and much longer version of the document');
    await saveExport(BYTES, saveRequestFor('Rolle', 'Gem', WORD_FILTER), fakeDialog(target));
    expect(new Uint8Array(await readFile(target))).toEqual(BYTES);
  });

  it('fails loudly, leaving no stray file, when the folder does not exist', async () => {
    const missing = path.join(folder, 'findes-ikke', 'aftale.docx');
    await expect(
      saveExport(BYTES, saveRequestFor('Aftale', 'Gem', WORD_FILTER), fakeDialog(missing)),
    ).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
