import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServices, type AppServices } from '../../../../electron/services/app-services';
import type { KeyStore } from '../../../../electron/services/crypto/key-store';
import { ENVELOPE_FILE } from '../../../../electron/services/crypto/key-envelope';
import { FAST_TEST_SCRYPT, fixedClock, must, savedData } from '../../../support/temp-services';
import { testKeyStore } from '../../../support/test-key-store';

const dirs: string[] = [];
const running: AppServices[] = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.close();
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function freshDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-vault-'));
  dirs.push(dir);
  return dir;
}

const clock = fixedClock();
async function start(dataDir: string, keyStore: KeyStore | null): Promise<AppServices> {
  const services = await startServices({
    dataDir,
    appVersion: 'test',
    keyStore,
    clock,
    passwordCost: FAST_TEST_SCRYPT,
    saveDialog: async () => null,
  });
  running.push(services);
  return services;
}

async function stop(services: AppServices): Promise<void> {
  running.splice(running.indexOf(services), 1);
  await services.close();
}

/** Every file under a folder with its bytes, to show what changed and what did not. */
async function folderBytes(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name !== '.ledelsesrum.lock');
  const pairs = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), (await fs.readFile(file)).toString('base64')] as const;
    }),
  );
  return Object.fromEntries(pairs);
}

async function allBytes(dir: string): Promise<Buffer> {
  return Buffer.concat(Object.values(await folderBytes(dir)).map((b64) => Buffer.from(b64, 'base64')));
}

const status = (services: AppServices) => must(services, 'vault:status', {});

describe('the vault', () => {
  it('encrypts a new folder at once, shows its recovery code until it is kept, and never writes it in clear', async () => {
    const dir = await freshDir();
    const machine = testKeyStore();
    const services = await start(dir, machine);
    expect(await status(services)).toEqual({
      kind: 'open',
      encrypted: true,
      passcodeSet: false,
      recoveryCodePending: true,
    });
    const shown = await must(services, 'vault:recovery-code', {});
    expect(shown?.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await must(services, 'networks:create', { name: 'Hemmeligt netværk' });
    await services.store.idle();
    const bytes = await allBytes(dir);
    expect(bytes.includes(Buffer.from('Hemmeligt'))).toBe(false);
    expect(bytes.includes(Buffer.from(shown!.code.replace(/-/g, '')))).toBe(false);
    expect(bytes.includes(Buffer.from(shown!.code))).toBe(false);
    expect(await fs.readFile(path.join(dir, 'ledelsesrum.json'))).toSatisfy((b: Buffer) =>
      b.subarray(0, 8).equals(Buffer.from('LDRENC1\n')),
    );

    expect(await status(services)).toMatchObject({ recoveryCodePending: true });
    await must(services, 'vault:recovery-code-saved', {});
    expect(await must(services, 'vault:recovery-code', {})).toBeNull();
    await stop(services);
    const again = await start(dir, machine);
    expect(await status(again)).toMatchObject({ kind: 'open', recoveryCodePending: false });
    expect((await savedData(dir, machine)).networks.map((n) => n.name)).toEqual(['Hemmeligt netværk']);
  });

  it('issues a fresh recovery code after a restart before the first was kept, and only the fresh one opens', async () => {
    const dir = await freshDir();
    const machine = testKeyStore();
    const first = await start(dir, machine);
    const old = (await must(first, 'vault:recovery-code', {}))!.code;
    await must(first, 'networks:create', { name: 'Netværket' });
    await stop(first);
    const second = await start(dir, machine);
    const fresh = (await must(second, 'vault:recovery-code', {}))!.code;
    expect(fresh).not.toBe(old);
    await must(second, 'vault:recovery-code-saved', {});
    await stop(second);

    const elsewhere = await freshDir();
    await fs.cp(dir, elsewhere, { recursive: true });
    const other = await start(elsewhere, testKeyStore());
    expect(await must(other, 'vault:open', { recoveryCode: old })).toMatchObject({ kind: 'closed' });
    clock.advance(60_000);
    expect(await must(other, 'vault:open', { recoveryCode: fresh.toLowerCase() })).toMatchObject({
      kind: 'open',
    });
    expect((await must(other, 'networks:list', {})).map((n) => n.name)).toEqual(['Netværket']);
  });

  it('without an OS key store asks for a passcode first, refuses every data channel until then, and opens with it', async () => {
    const dir = await freshDir();
    const services = await start(dir, null);
    expect(await status(services)).toEqual({ kind: 'needs-passcode-setup' });
    const refused = await services.dispatch('networks:list', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Dine data er låst');
    expect((await must(services, 'app:info', {})).dataFolder).toBe(dir);
    expect(await folderBytes(dir)).toEqual({});

    expect(await must(services, 'vault:setup-passcode', { passcode: 'hemmelig-kode' })).toMatchObject({
      kind: 'open',
      encrypted: true,
      passcodeSet: true,
      recoveryCodePending: true,
    });
    await must(services, 'vault:recovery-code-saved', {});
    await must(services, 'networks:create', { name: 'Bag adgangskoden' });
    await stop(services);

    const again = await start(dir, null);
    expect(await status(again)).toMatchObject({ kind: 'closed', reason: 'locked', canUsePasscode: true });
    const before = await folderBytes(dir);
    const wrong = await must(again, 'vault:open', { passcode: 'forkert-kode' });
    expect(wrong).toMatchObject({ kind: 'closed', reason: 'locked' });
    const firstWait = wrong.kind === 'closed' ? wrong.retryAfterMs : 0;
    expect(firstWait).toBeGreaterThan(0);
    // Inside the wait even the right passcode is not tried.
    expect(await must(again, 'vault:open', { passcode: 'hemmelig-kode' })).toMatchObject({ kind: 'closed' });
    clock.advance(firstWait);
    const second = await must(again, 'vault:open', { passcode: 'forkert-igen' });
    expect(second.kind === 'closed' && second.retryAfterMs).toBeGreaterThan(firstWait);
    expect(await folderBytes(dir)).toEqual(before);
    clock.advance(10 * 60_000);
    expect(await must(again, 'vault:open', { passcode: 'hemmelig-kode' })).toMatchObject({ kind: 'open' });
    expect((await must(again, 'networks:list', {})).map((n) => n.name)).toEqual(['Bag adgangskoden']);
  });

  it('opens a folder copied to another computer with the recovery code; a wrong code changes no byte', async () => {
    const dir = await freshDir();
    const first = await start(dir, testKeyStore());
    const code = (await must(first, 'vault:recovery-code', {}))!.code;
    await must(first, 'vault:recovery-code-saved', {});
    await must(first, 'networks:create', { name: 'Flyttet netværk' });
    await must(first, 'backups:create', {});
    await stop(first);

    const copy = await freshDir();
    await fs.cp(dir, copy, { recursive: true });
    const otherMachine = testKeyStore();
    const services = await start(copy, otherMachine);
    const closed = await status(services);
    expect(closed).toMatchObject({ kind: 'closed', reason: 'no-key', canUsePasscode: false });
    expect(closed.kind === 'closed' && closed.message).toContain('gendannelseskode');
    const before = await folderBytes(copy);
    expect(await must(services, 'vault:open', { recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })).toMatchObject({
      kind: 'closed',
    });
    expect((await services.dispatch('backups:list', {})).ok).toBe(false);
    expect(await folderBytes(copy)).toEqual(before);
    clock.advance(60_000);
    expect(await must(services, 'vault:open', { recoveryCode: ` ${code} ` })).toMatchObject({ kind: 'open' });
    expect((await must(services, 'networks:list', {})).map((n) => n.name)).toEqual(['Flyttet netværk']);
    await stop(services);
    // This machine's key store was given the key: the next start needs no code.
    expect(await status(await start(copy, otherMachine))).toMatchObject({ kind: 'open' });
  });

  it('never takes an encrypted folder without its key file for damage: nothing is moved or rewritten', async () => {
    const dir = await freshDir();
    const machine = testKeyStore();
    const first = await start(dir, machine);
    await must(first, 'networks:create', { name: 'Uden nøglefil' });
    await stop(first);
    await fs.rm(path.join(dir, ENVELOPE_FILE));
    const before = await folderBytes(dir);
    const services = await start(dir, machine);
    expect(await status(services)).toMatchObject({ kind: 'closed', reason: 'unreadable' });
    await stop(services);
    expect(await folderBytes(dir)).toEqual(before);

    // Another folder's key file (one this machine opens) is refused the same way.
    const other = await freshDir();
    await stop(await start(other, machine));
    await fs.copyFile(path.join(other, ENVELOPE_FILE), path.join(dir, ENVELOPE_FILE));
    const withWrongKeyFile = await folderBytes(dir);
    const again = await start(dir, machine);
    const refused = await status(again);
    expect(refused).toMatchObject({ kind: 'closed', reason: 'unreadable' });
    expect(refused.kind === 'closed' && refused.message).toContain('hører ikke til');
    await stop(again);
    expect(await folderBytes(dir)).toEqual(withWrongKeyFile);
  });

  it('converts a folder in the old plain form once: data, journal, backups and kept copies, with the same data', async () => {
    const dir = await freshDir();
    const plain = await startServices({
      dataDir: dir,
      appVersion: 'test',
      keyStore: null,
      plainStorage: true,
      clock,
      saveDialog: async () => null,
    });
    await must(plain, 'networks:create', { name: 'Gammelt klartekstnetværk' });
    await must(plain, 'backups:create', {});
    await must(plain, 'networks:create', { name: 'Kun i journalen' });
    await plain.store.idle();
    // Killed before it closed: the last save is only in the journal.
    const before = await savedData(dir, null);
    await fs.rm(path.join(dir, '.ledelsesrum.lock'));
    expect((await allBytes(dir)).includes(Buffer.from('klartekstnetværk'))).toBe(true);

    const machine = testKeyStore();
    const services = await start(dir, machine);
    expect(await status(services)).toMatchObject({ kind: 'open', encrypted: true, recoveryCodePending: true });
    expect(services.store.data).toEqual(before);
    await stop(services);
    const bytes = await allBytes(dir);
    expect(bytes.includes(Buffer.from('klartekstnetværk'))).toBe(false);
    expect(bytes.includes(Buffer.from('Kun i journalen'))).toBe(false);
    expect(await savedData(dir, machine)).toEqual(before);
    await plain.close().catch(() => undefined);
  });
});
