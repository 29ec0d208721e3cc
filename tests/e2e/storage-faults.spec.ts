import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

type Writes = { write: (...args: unknown[]) => Promise<unknown>; writeFile: (...args: unknown[]) => Promise<unknown> };

/** File handles share one prototype: a save appends to the journal through it, and writes whole files through it. */
async function handlePrototype(): Promise<Writes> {
  const probe = path.join(os.tmpdir(), `ledelsesrum-probe-${process.pid}`);
  const handle = await fs.promises.open(probe, 'w');
  await handle.close();
  await fs.promises.rm(probe, { force: true });
  return Object.getPrototypeOf(handle) as Writes;
}

const realRename = fs.promises.rename;
const handles = await handlePrototype();
const realWrites = { write: handles.write, writeFile: handles.writeFile };

/** A disk that refuses every write with `code`, or (null) a disk that works again. */
function diskFails(code: string | null): void {
  const fail = async () => {
    throw Object.assign(new Error(code ?? ''), { code });
  };
  fs.promises.rename = code ? fail : realRename;
  handles.write = code ? fail : realWrites.write;
  handles.writeFile = code ? fail : realWrites.writeFile;
}

test.afterEach(() => diskFails(null));

// The services run in this test process, so a failing disk can be simulated right under them.
for (const [code, words] of [
  ['ENOSPC', 'Disken er fuld.'],
  ['EACCES', 'Ledelsesrum har ikke lov at skrive i datamappen.'],
  ['EIO', 'Disken svarede med en fejl.'],
  ['EROFS', 'Datamappen ligger på et drev, der kun kan læses.'],
] as const) {
  test(`a ${code} write error is explained in Danish, the last good file is kept and the change lands later`, async ({
    app,
  }) => {
    const { page } = app;
    await app.loadExample();
    const good = await app.readDataFile();

    diskFails(code);
    await page.getByLabel('Tema', { exact: true }).fill('Ændret mens disken fejler');
    await page.getByLabel('Tema', { exact: true }).blur();
    const toast = page.getByTestId('toast').filter({ hasText: 'Ændringen er ikke gemt.' });
    await expect(toast).toContainText(words);
    await expect(toast).toContainText('Den er bevaret');
    await expect(page.getByText('Ikke gemt', { exact: true })).toBeVisible();
    expect(await app.readDataFile()).toEqual(good);
    diskFails(null);
    if (code === 'ENOSPC') await app.screenshot('skrivefejl');

    await page.getByLabel('Ambition').fill('Ny ambition efter fejlen');
    await page.getByLabel('Ambition').blur();
    await expect(page.getByText('Alt er gemt')).toBeVisible();
    const saved = (await app.readDataFile()).networks[0];
    expect(saved?.theme).toBe('Ændret mens disken fejler');
    expect(saved?.ambition).toBe('Ny ambition efter fejlen');
  });
}
