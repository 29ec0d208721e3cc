import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file below a folder, as [relative path, text]. */
async function sources(dir: string): Promise<Array<[string, string]>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => [file.split(path.sep).join('/'), await fs.readFile(file, 'utf8')] as [string, string]),
  );
}

const importsElectron = /from\s+['"]electron['"]|require\(['"]electron['"]\)/;

describe('the layers keep their boundaries', () => {
  it('only electron/main and electron/preload import electron', async () => {
    const offenders = [...(await sources('electron')), ...(await sources('renderer/src'))]
      .filter(
        ([file, text]) =>
          importsElectron.test(text) && !file.startsWith('electron/main/') && !file.startsWith('electron/preload/'),
      )
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('electron/shared imports neither Node nor the DOM-side code', async () => {
    const offenders = (await sources('electron/shared'))
      .filter(
        ([, text]) =>
          /from\s+['"](node:|fs['"]|path['"]|os['"])/.test(text) ||
          /from\s+['"]\.\.\/\.\.\/(services|main|preview)/.test(text),
      )
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('only renderer/src/lib/api.ts touches window.api', async () => {
    const offenders = (await sources('renderer/src'))
      .filter(([file, text]) => /window\.api\b/.test(text) && file !== 'renderer/src/lib/api.ts')
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('the renderer never renders raw HTML', async () => {
    const offenders = (await sources('renderer/src'))
      .filter(([, text]) => text.includes('{@html'))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it('the contract and services use no `any`', async () => {
    const offenders = [...(await sources('electron/shared')), ...(await sources('electron/services'))]
      .filter(([, text]) => /:\s*any\b|<any>|as any\b/.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
