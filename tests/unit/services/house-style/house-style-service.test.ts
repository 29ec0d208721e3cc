import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../../electron/services/storage/data-folder-lock';
import { listJournals } from '../../../../electron/services/storage/journal';
import { inspectDocx } from '../../../support/docx-inspect';
import { everyByte, everyTextWithKey } from '../../../support/folder-text';
import { must, startTempServices, type TempServices } from '../../../support/temp-services';

const FIXTURES = path.join('tests', 'fixtures', 'house-style');
const logoFile = {
  name: 'logo.png',
  dataBase64: readFileSync(path.join(FIXTURES, 'eksempel-kommune-logo.png')).toString('base64'),
};
const templateFile = {
  name: 'eksempel-kommune.dotx',
  dataBase64: readFileSync(path.join(FIXTURES, 'eksempel-kommune.dotx')).toString('base64'),
};

const open: TempServices[] = [];
afterEach(async () => {
  for (const services of open.splice(0)) await services.dispose();
});

async function started(dataDir?: string): Promise<TempServices> {
  const services = await startTempServices(dataDir ? { dataDir } : {});
  open.push(services);
  return services;
}

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

async function zipOf(files: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return b64(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('choosing the documents’ logo and Word template', () => {
  it('shows a sample page in a picked logo and template without keeping them, then keeps them when asked', async () => {
    const services = await started();
    await must(services, 'profile:update', { patch: { organisation: 'Eksempel Kommune', department: 'Børn og Unge' } });
    const revision = JSON.stringify(services.store.data);

    const preview = await must(services, 'documents:preview-house-style', { logo: logoFile, template: templateFile });
    expect(preview.summary.logo).toMatchObject({ name: 'logo.png', type: 'png', width: 720, height: 192 });
    expect(preview.summary.template).toMatchObject({ name: 'eksempel-kommune.dotx' });
    expect(preview.summary.template?.stylesSet).toBeGreaterThan(0);
    expect(preview.sample.header.logoUrl).toMatch(/^data:image\/png;base64,/);
    expect(preview.sample.header.left).toContain('Eksempel Kommune');
    // The template's theme fonts, not the app's own Arial.
    expect(preview.sample.look.headingFont).not.toBe('Arial');
    // Looking changed nothing.
    expect(JSON.stringify(services.store.data)).toBe(revision);
    expect(await must(services, 'documents:house-style', {})).toEqual({ logo: null, template: null });

    const saved = await must(services, 'documents:save-house-style', { logo: logoFile, template: templateFile });
    expect(saved).toEqual(preview.summary);
    expect(await must(services, 'documents:house-style', {})).toEqual(saved);
    // Changing only the template keeps the logo; null removes one.
    const noTemplate = await must(services, 'documents:save-house-style', { template: null });
    expect(noTemplate.logo?.name).toBe('logo.png');
    expect(noTemplate.template).toBeNull();
    expect(await must(services, 'documents:save-house-style', { logo: null })).toEqual({ logo: null, template: null });
    expect(services.store.data.houseStyle).toBeUndefined();
  });

  it('puts the kept logo in the Word file’s header and the template’s styles in its styles, and the logo in the print view', async () => {
    const services = await started();
    const network = await must(services, 'networks:load-example', {});
    await must(services, 'documents:save-house-style', { logo: logoFile, template: templateFile });
    const meeting = (await must(services, 'meetings:list', {}))[0]!;
    const outcome = await must(services, 'meetings:export-agenda', { id: meeting.id });
    expect(outcome.saved).toBe(true);
    const file = path.join(services.dataDir, outcome.saved ? outcome.fileName : '');
    const bytes = await fs.readFile(file);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(b64(await zip.file(media[0]!)!.async('uint8array'))).toBe(logoFile.dataBase64);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(headers.some((xml) => xml.includes('<pic:pic'))).toBe(true);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const template = await JSZip.loadAsync(Buffer.from(templateFile.dataBase64, 'base64'));
    const templateStyleName = /w:styleId="([^"]+)"/.exec(await template.file('word/styles.xml')!.async('string'));
    expect(styles).toContain(`w:styleId="${templateStyleName?.[1] ?? '?'}"`);
    expect((await inspectDocx(new Uint8Array(bytes))).paragraphs.length).toBeGreaterThan(0);
    const view = await must(services, 'documents:print-view', { kind: 'agenda', id: meeting.id });
    expect(view.header.logoUrl).toBe(`data:image/png;base64,${logoFile.dataBase64}`);
    expect(view.header.right).toContain(network.name);
  });

  it.each([
    ['an empty file', { logo: { name: 'tom.png', dataBase64: '' } }, 'Filen er tom.'],
    ['a text file named .png', { logo: { name: 'ikke.png', dataBase64: b64('hej') } }, 'PNG- eller JPEG-billede'],
    [
      'a logo over 512 kB',
      { logo: { name: 'stor.png', dataBase64: b64(new Uint8Array(600 * 1024)) } },
      'fylder for meget',
    ],
    ['a text file named .dotx', { template: { name: 'ikke.dotx', dataBase64: b64('hej') } }, 'Word-dokument'],
  ])('refuses %s with a Danish reason and keeps what was set', async (_what, change, reason) => {
    const services = await started();
    const before = await must(services, 'documents:save-house-style', { logo: logoFile, template: templateFile });
    for (const channel of ['documents:preview-house-style', 'documents:save-house-style'] as const) {
      const result = await services.dispatch(channel, change);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(reason);
    }
    expect(await must(services, 'documents:house-style', {})).toEqual(before);
  });

  it('refuses a template with macros, a zip that is not Word, and one that would unpack to gigabytes', async () => {
    const services = await started();
    const word = { 'word/document.xml': '<w:document/>', 'word/styles.xml': '<w:styles/>' };
    const cases: Array<[string, string]> = [
      [await zipOf({ ...word, 'word/vbaProject.bin': 'makro' }), 'makroer'],
      [await zipOf({ mimetype: 'application/zip', 'a.txt': 'x' }), 'Word-dokument'],
      [await zipOf({ ...word, 'word/fyld.xml': 'x'.repeat(45 * 1024 * 1024) }), 'Word-dokument'],
    ];
    for (const [dataBase64, reason] of cases) {
      const result = await services.dispatch('documents:save-house-style', {
        template: { name: 'x.dotx', dataBase64 },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(reason);
    }
    expect(services.store.data.houseStyle).toBeUndefined();
  });

  it('refuses input that is not a picked file before any service reads it', async () => {
    const services = await started();
    for (const change of [
      { logo: { name: 'x.png', dataBase64: 'ikke base64!' } },
      { logo: { name: '', dataBase64: logoFile.dataBase64 } },
      { template: { name: 'x.dotx', dataBase64: templateFile.dataBase64, path: '/etc/passwd' } },
    ]) {
      expect((await services.dispatch('documents:save-house-style', change)).ok).toBe(false);
    }
    expect(services.store.data.houseStyle).toBeUndefined();
  });
});

describe('the kept logo and template on disk', () => {
  it('who else can read them: only the app with the folder’s key; every file is the owner’s alone', async () => {
    const services = await started();
    await must(services, 'documents:save-house-style', { logo: logoFile, template: templateFile });
    await services.store.idle();
    const raw = await everyByte(services.dataDir);
    // Neither the logo's bytes, its base64, the template's file name nor its style names lie readable on disk.
    const png = Buffer.from(logoFile.dataBase64, 'base64');
    expect(raw.includes(png.subarray(0, 64))).toBe(false);
    expect(raw.includes(logoFile.dataBase64.slice(100, 200))).toBe(false);
    expect(raw.includes('eksempel-kommune.dotx')).toBe(false);
    expect(raw.includes('w:styleId')).toBe(false);
    // They are there, behind the encryption.
    const withKey = await everyTextWithKey(services.dataDir);
    expect(withKey).toContain('eksempel-kommune.dotx');
    expect(withKey).toContain(logoFile.dataBase64.slice(100, 200));
    const entries = await fs.readdir(services.dataDir, { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      const full = path.join(entry.parentPath, entry.name);
      const mode = (await fs.stat(full)).mode & 0o777;
      expect({ full, mode: mode.toString(8) }).toEqual({ full, mode: entry.isDirectory() ? '700' : '600' });
    }
  });

  it('what if the write is cut short: a torn save of a new logo and template opens with the old ones, whole', async () => {
    const first = await startTempServices();
    await must(first, 'documents:save-house-style', { logo: logoFile });
    const kept = structuredClone(first.store.data.houseStyle);
    await first.close();
    // The next start saves a template and another logo; the power goes while that line is half written.
    const second = await startTempServices({ dataDir: first.dataDir });
    const otherLogo = {
      name: 'andet.png',
      dataBase64: readFileSync(path.join('resources', 'icon-256.png')).toString('base64'),
    };
    await must(second, 'documents:save-house-style', { logo: otherLogo, template: templateFile });
    await second.store.idle();
    const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-torn-style-'));
    await fs.cp(first.dataDir, copy, { recursive: true, filter: (from) => path.basename(from) !== LOCK_FILE });
    await second.dispose();
    const [journal] = await listJournals(copy);
    const text = await fs.readFile(journal!.file, 'utf8');
    const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
    await fs.writeFile(journal!.file, text.slice(0, lastStart + Math.floor((text.length - lastStart) / 2)));

    const reopened = await started(copy);
    expect(reopened.store.data.houseStyle).toEqual(kept);
    expect(reopened.notices.map((notice) => notice.id)).toContain('journal-torn-tail');
    expect((await must(reopened, 'documents:house-style', {})).template).toBeNull();
  });
});
