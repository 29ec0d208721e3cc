import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportDesk, type ExportHost } from '../../../../electron/services/export/export-desk';
import type { SaveRequest } from '../../../../electron/services/export/save-export';

const REQUEST: SaveRequest = {
  title: 'Gem referat',
  defaultFileName: 'Referat.docx',
  filters: [{ name: 'Word', extensions: ['docx'] }],
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the export desk (the one save path)', () => {
  let root: string;
  let opened: string[];
  let asked: SaveRequest[];
  let chosenFolder: string | undefined;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'export-desk-'));
    opened = [];
    asked = [];
    chosenFolder = undefined;
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  // Like the preview: the file goes into the folder proposed, under the proposed name.
  function desk(overrides: Partial<ExportHost> = {}): ExportDesk {
    const host: ExportHost = {
      dialog: async (request) => {
        asked.push(request);
        const folder = request.folder ?? root;
        await fs.mkdir(folder, { recursive: true });
        return path.join(folder, request.defaultFileName);
      },
      dialogAsksBeforeReplacing: false,
      defaultFolder: path.join(root, 'Ledelsesrum'),
      chooseFolder: async () => path.join(root, 'valgt'),
      openFolder: async (folder) => (opened.push(`folder:${folder}`), true),
      openFile: async (file) => (opened.push(`file:${file}`), true),
      ...overrides,
    };
    return new ExportDesk(host, { get: () => chosenFolder, set: async (f) => void (chosenFolder = f) });
  }

  it('proposes the standard folder to the dialog and says which folder the file went to', async () => {
    const result = await desk().save(bytes('v1'), REQUEST);
    expect(result).toMatchObject({ saved: true, fileName: 'Referat.docx', folder: path.join(root, 'Ledelsesrum') });
    expect(asked[0]?.folder).toBe(path.join(root, 'Ledelsesrum'));
    expect(await fs.readFile(path.join(root, 'Ledelsesrum', 'Referat.docx'), 'utf8')).toBe('v1');
  });

  it('never writes over a file of the same name until the user says yes, and never makes a "(2)" copy', async () => {
    const d = desk();
    await d.save(bytes('v1'), REQUEST);
    const second = await d.save(bytes('v2'), REQUEST);
    expect(second.saved).toBe(false);
    if (second.saved || !second.exists) throw new Error('expected to be asked');
    expect(second.exists).toMatchObject({ fileName: 'Referat.docx', folder: path.join(root, 'Ledelsesrum') });
    const file = path.join(root, 'Ledelsesrum', 'Referat.docx');
    expect(await fs.readFile(file, 'utf8')).toBe('v1');
    expect(await fs.readdir(path.join(root, 'Ledelsesrum'))).toEqual(['Referat.docx']);

    const replaced = await d.replace(second.exists.exportId);
    expect(replaced.saved).toBe(true);
    expect(await fs.readFile(file, 'utf8')).toBe('v2');
    // A handle is used once: asking again writes nothing.
    expect((await d.replace(second.exists.exportId)).saved).toBe(false);
  });

  it('leaves the asking to a dialog that asks for itself (the native one)', async () => {
    const d = desk({ dialogAsksBeforeReplacing: true });
    await d.save(bytes('v1'), REQUEST);
    expect(await d.save(bytes('v2'), REQUEST)).toMatchObject({ saved: true });
    expect(await fs.readFile(path.join(root, 'Ledelsesrum', 'Referat.docx'), 'utf8')).toBe('v2');
  });

  it('writes nothing when the user cancels', async () => {
    expect(await desk({ dialog: async () => null }).save(bytes('v1'), REQUEST)).toEqual({ saved: false });
    expect(existsSync(path.join(root, 'Ledelsesrum', 'Referat.docx'))).toBe(false);
  });

  it('opens what it saved by handle only, and nothing for a handle it did not give', async () => {
    const d = desk();
    const saved = await d.save(bytes('v1'), REQUEST);
    if (!saved.saved) throw new Error('not saved');
    expect(await d.open(saved.exportId, 'folder')).toBe(true);
    expect(await d.open(saved.exportId, 'file')).toBe(true);
    expect(opened).toEqual([
      `folder:${path.join(root, 'Ledelsesrum')}`,
      `file:${path.join(root, 'Ledelsesrum', 'Referat.docx')}`,
    ]);
    expect(await d.open('00000000-0000-4000-8000-000000000000', 'file')).toBe(false);
  });

  it('keeps a chosen folder, proposes it to the dialog, and goes back to the standard one', async () => {
    const d = desk();
    expect(d.folder()).toMatchObject({ custom: false, canChoose: true });
    expect(await d.chooseFolder()).toEqual({ folder: path.join(root, 'valgt'), custom: true, canChoose: true });
    await fs.mkdir(path.join(root, 'valgt'));
    await d.save(bytes('v1'), REQUEST);
    expect(asked.at(-1)?.folder).toBe(path.join(root, 'valgt'));
    expect(await d.resetFolder()).toMatchObject({ folder: path.join(root, 'Ledelsesrum'), custom: false });
    expect(desk({ chooseFolder: undefined }).folder().canChoose).toBe(false);
  });
});
