import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary';

// Runs the real desktop app where the Electron binary exists; elsewhere it skips and says why.
test('the desktop app opens its window on the Overblik', async () => {
  const binary = electronBinary();
  const reason =
    'Electron-programmet findes ikke på denne maskine (det kan ikke hentes herfra), så skrivebordsappen kan ikke startes. ' +
    'The Electron binary is not on this machine, so the desktop launch test is skipped.';
  if (!binary) console.log(reason);
  test.skip(!binary, reason);

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.'],
    env: { ...process.env, LEDELSESRUM_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Ledelsesrum');
    await expect(window.getByRole('heading', { name: 'Overblik' })).toBeVisible();
    expect(window.url()).toBe('app://ledelsesrum/index.html');
    const hasNode = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined');
    expect(hasNode).toBe(false);
  } finally {
    await app.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
