import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NOTICES_FILE,
  importedPackages,
  noticesText,
  packageOf,
  shippedPackages,
} from '../../../scripts/third-party-notices';

const root = process.cwd();

describe('the third-party notices', () => {
  it('name the package of a bare import, and nothing for the app’s own files', () => {
    expect(packageOf('date-fns/locale/da')).toBe('date-fns');
    expect(packageOf('@xmldom/xmldom')).toBe('@xmldom/xmldom');
    expect(packageOf('minisearch/SearchableMap')).toBe('minisearch');
    expect(packageOf('./search-index')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('$shared/entities')).toBeNull();
  });

  it('cover every library the app’s source imports, with a licence for each', async () => {
    const imported = await importedPackages(root);
    for (const name of ['svelte', 'valibot', 'docx', 'lowdb', 'date-fns']) expect(imported).toContain(name);
    expect(imported).not.toContain('electron');
    const shipped = await shippedPackages(root);
    const names = shipped.map((pkg) => pkg.name);
    for (const name of imported) expect(names).toContain(name);
    // What a shipped library needs ships with it: lowdb writes through steno.
    expect(names).toContain('steno');
    for (const pkg of shipped) expect(pkg.license, pkg.name).toMatch(/\S/);
  });

  it('are in step with package-lock.json (run `npm run notices` after changing dependencies)', async () => {
    const written = await fs.readFile(path.join(root, NOTICES_FILE), 'utf8');
    expect(written).toBe(await noticesText(root));
  });
});
