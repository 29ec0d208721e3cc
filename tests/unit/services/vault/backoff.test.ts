import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServices, type AppServices } from '../../../../electron/services/app-services';
import { Backoff, FIRST_WAIT_MS } from '../../../../electron/services/vault/backoff';
import { attemptsFileFor } from '../../../../electron/main/data-folder';
import { acknowledgeRecoveryCode, FAST_TEST_SCRYPT, fixedClock, must } from '../../../support/temp-services';
import { thisMachine } from '../../../support/test-key-store';

const PASSCODE = 'grøn-ugle-83';
let root = '';
let running: AppServices[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const services of running) await services.close();
  running = [];
  await fs.rm(root, { recursive: true, force: true });
  root = '';
});

const clock = fixedClock();
async function start(dataDir: string): Promise<AppServices> {
  const services = await startServices({
    dataDir,
    appVersion: 'test',
    keyStore: thisMachine,
    saveDialog: async () => null,
    passwordCost: FAST_TEST_SCRYPT,
    clock,
    attemptsFile: attemptsFileFor(dataDir),
  });
  running.push(services);
  return services;
}
async function stop(services: AppServices): Promise<void> {
  await services.close();
  running = running.filter((s) => s !== services);
}
async function bytesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = (await fs.readFile(file)).toString('base64');
    }
  return out;
}
const retryAfter = async (services: AppServices) => {
  const state = await must(services, 'vault:status', {});
  return state.kind === 'closed' ? state.retryAfterMs : -1;
};

describe('the wait after wrong passcodes', () => {
  it('outlives a restart, is kept beside the data folder (owner-only, no secret), and a wrong guess changes no byte in the folder', async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-backoff-'));
    const dataDir = path.join(root, 'data');
    const first = await start(dataDir);
    await acknowledgeRecoveryCode(first);
    await must(first, 'vault:set-passcode', { passcode: PASSCODE });
    await stop(first);

    let services = await start(dataDir);
    const folderBefore = await bytesOf(dataDir);
    for (const guess of ['forkert-1', 'forkert-2', 'forkert-3']) {
      await must(services, 'vault:open', { passcode: guess });
      clock.advance(await retryAfter(services));
    }
    await must(services, 'vault:open', { passcode: 'forkert-4' });
    expect(await retryAfter(services)).toBe(8 * FIRST_WAIT_MS);
    expect(await bytesOf(dataDir)).toEqual(folderBefore);

    // Quitting and starting again does not start the count over.
    await stop(services);
    services = await start(dataDir);
    expect(await retryAfter(services)).toBe(8 * FIRST_WAIT_MS);
    expect((await must(services, 'vault:open', { passcode: PASSCODE })).kind).toBe('closed');

    const file = attemptsFileFor(dataDir);
    expect(path.dirname(file)).toBe(root);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await fs.readFile(file, 'utf8')).not.toContain(PASSCODE);

    clock.advance(8 * FIRST_WAIT_MS);
    expect((await must(services, 'vault:open', { passcode: PASSCODE })).kind).toBe('open');
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toMatchObject({ failures: 0 });
  });

  it('counts a guess before trying it, so killing the app mid-guess earns the wait too', async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-backoff-'));
    const file = path.join(root, 'adgangsforsøg.json');
    const running = new Backoff(clock, file);
    let release: (value: null) => void = () => undefined;
    const guess = running.attempt(() => new Promise<null>((resolve) => (release = resolve)));
    // The guess is being tried: a run started now (after a kill) finds it counted.
    await expect.poll(() => fs.readFile(file, 'utf8').catch(() => '')).toContain('"failures":1');
    const afterKill = new Backoff(clock, file);
    await afterKill.load();
    expect(afterKill.waitMs()).toBe(FIRST_WAIT_MS);
    release(null);
    expect(await guess).toEqual({ ok: false, waitMs: FIRST_WAIT_MS });
  });

  it('a count that cannot be written or read neither locks the user out nor starts her over within the run', async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-backoff-'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Its folder is a file: every write fails, as on a full or broken disk.
    await fs.writeFile(path.join(root, 'ikke-en-mappe'), '');
    const unwritable = new Backoff(clock, path.join(root, 'ikke-en-mappe', 'adgangsforsøg.json'));
    expect(await unwritable.attempt(async () => null)).toEqual({ ok: false, waitMs: FIRST_WAIT_MS });
    expect((await unwritable.attempt(async () => 'nøgle')).ok).toBe(false);
    clock.advance(FIRST_WAIT_MS);
    expect(await unwritable.attempt(async () => 'nøgle')).toEqual({ ok: true, value: 'nøgle' });

    // A damaged file (never written so by the app: its writes are whole) counts as no wrong guesses.
    const damaged = path.join(root, 'adgangsforsøg.json');
    await fs.writeFile(damaged, '{"format":"ledelsesrum-adgangsfors');
    const reader = new Backoff(clock, damaged);
    await reader.load();
    expect(reader.waitMs()).toBe(0);
  });
});
