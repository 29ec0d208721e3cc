import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startServices, type AppServices } from '../../../electron/services/app-services';
import { LOCK_FILE, STALE_AFTER_MS } from '../../../electron/services/storage/data-folder-lock';
import { FAST_TEST_SCRYPT, fixedClock, must, readDataFileText, writeDataFileText } from '../../support/temp-services';
import { thisMachine } from '../../support/test-key-store';

let dir: string;
const started: AppServices[] = [];
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-readonly-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const services of started.splice(0)) await services.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function start(): Promise<AppServices> {
  const services = await startServices({
    dataDir: dir,
    appVersion: 'test',
    keyStore: thisMachine,
    passwordCost: FAST_TEST_SCRYPT,
    clock: fixedClock(),
    saveDialog: async () => null,
  });
  started.push(services);
  return services;
}

/** A folder with one network in it, saved and closed. */
async function folderWithANetwork(): Promise<void> {
  const services = await startServices({
    dataDir: dir,
    appVersion: 'test',
    keyStore: thisMachine,
    passwordCost: FAST_TEST_SCRYPT,
    clock: fixedClock(),
    saveDialog: async () => null,
  });
  await must(services, 'networks:create', { name: 'Netværk før fejlen' });
  await services.close();
}

/** Every file in the data folder with its bytes, to show nothing was touched. */
async function folderBytes(): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const pairs = await Promise.all(
    files.map(async (file) => [path.relative(dir, file), (await fs.readFile(file)).toString('base64')] as const),
  );
  return Object.fromEntries(pairs);
}

/** Every way the store writes fails with `code`, as on a full disk or a folder that cannot be written. */
async function writesFail(code: string): Promise<void> {
  const fail = async () => {
    throw Object.assign(new Error(code), { code });
  };
  const probe = await fs.open(path.join(os.tmpdir(), `ledelsesrum-probe-${process.pid}`), 'w');
  const handles = Object.getPrototypeOf(probe) as Record<string, () => Promise<unknown>>;
  await probe.close();
  const promises = fs as unknown as Record<string, () => Promise<unknown>>;
  for (const name of ['write', 'writeFile', 'truncate']) vi.spyOn(handles, name).mockImplementation(fail);
  for (const name of ['writeFile', 'appendFile', 'rename', 'link', 'mkdir', 'rm', 'utimes'])
    vi.spyOn(promises, name).mockImplementation(fail);
}

async function expectReadOnly(services: AppServices, reason: string): Promise<void> {
  const info = await must(services, 'app:info', {});
  expect(info.readOnly?.reason).toBe(reason);
  expect(info.readOnly?.message).toContain('skrivebeskyttet');
  const networks = await must(services, 'networks:list', {});
  expect(networks.map((n) => n.name)).toEqual(['Netværk før fejlen']);
  const refused = await services.dispatch('networks:create', { name: 'Må ikke gemmes' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
  if (!refused.ok) expect(refused.error.message).toContain('åbnet skrivebeskyttet');
  expect((await must(services, 'networks:list', {})).length).toBe(1);
}

describe('opening read-only instead of refusing to start', () => {
  it('opens a full disk read-only, shows the data and refuses every change in Danish', async () => {
    await folderWithANetwork();
    const before = await folderBytes();
    await writesFail('ENOSPC');
    const services = await start();
    await expectReadOnly(services, 'disk-full');
    expect((await must(services, 'app:info', {})).readOnly?.message).toContain('Frigør plads');
    vi.restoreAllMocks();
    expect(await folderBytes()).toEqual(before);
  });

  it('opens a folder that cannot be written read-only', async () => {
    await folderWithANetwork();
    const before = await folderBytes();
    // Tests may run as root, where chmod does not stop writes: the refusal is injected instead.
    await writesFail('EROFS');
    const services = await start();
    await expectReadOnly(services, 'folder-read-only');
    vi.restoreAllMocks();
    expect(await folderBytes()).toEqual(before);
  });

  it('opens read-only while another app holds the folder, and names the situation', async () => {
    await folderWithANetwork();
    const first = await start();
    const second = await start();
    await expectReadOnly(second, 'locked');
    const info = await must(second, 'app:info', {});
    expect(info.readOnly?.message).toContain('et andet Ledelsesrum-vindue på denne computer');
    expect(info.readOnly?.canOpenAnyway).toBe(false);
    // The holder still saves as before.
    await must(first, 'networks:create', { name: 'Fra det første vindue' });
  });

  it('takes the folder over on "Åbn alligevel" when the holder cannot be proven alive', async () => {
    await folderWithANetwork();
    await fs.writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ token: 'gammel', pid: 4242, host: 'gammel-pc', since: '2026-11-01T08:00:00.000Z' }),
    );
    const quiet = new Date(Date.now() - 10 * STALE_AFTER_MS);
    await fs.utimes(path.join(dir, LOCK_FILE), quiet, quiet);
    const services = await start();
    await expectReadOnly(services, 'locked-unproven');
    const status = await must(services, 'app:open-anyway', {});
    expect(status.readOnly).toBeNull();
    await must(services, 'networks:create', { name: 'Efter Åbn alligevel' });
    const names = (await must(services, 'networks:list', {})).map((n) => n.name);
    expect(names.sort()).toEqual(['Efter Åbn alligevel', 'Netværk før fejlen']);
    expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });
});

describe('a data folder from a newer Ledelsesrum', () => {
  it('is refused with "Opdater Ledelsesrum", and not one byte in the folder changes', async () => {
    await folderWithANetwork();
    const data = JSON.parse(await readDataFileText(dir)) as Record<string, unknown>;
    await writeDataFileText(dir, JSON.stringify({ ...data, schemaVersion: 99, nytFelt: { fra: 'fremtiden' } }));
    await fs.writeFile(path.join(dir, 'ledelsesrum-journal-7.jsonl'), 'en journal i et nyere format\n');
    await fs.writeFile(path.join(dir, '.tmp-ledelsesrum.json-1-abcd'), 'halvt skrevet');
    const before = await folderBytes();
    await expect(start()).rejects.toMatchObject({
      code: 'newer-version',
      message: expect.stringContaining('Opdater Ledelsesrum'),
    });
    expect(await folderBytes()).toEqual(before);
  });
});
