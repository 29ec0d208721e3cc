import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENVELOPE_FILE, parseEnvelope, type KeyEnvelope } from '../../../../electron/services/crypto/key-envelope';
import { startServices, type AppServices } from '../../../../electron/services/app-services';
import type { Clock } from '../../../../electron/services/clock';
import type { KeyStore } from '../../../../electron/services/crypto/key-store';
import { acknowledgeRecoveryCode, FAST_TEST_SCRYPT, fixedClock, must } from '../../../support/temp-services';
import { thisMachine } from '../../../support/test-key-store';

const PASSCODE = 'blå-hest-47';
const WORD = 'Pindsvinekaktus';

// Started here, not through the temporary-services helper: its closing check reads the folder with this
// machine's key store, which a passcode-only folder no longer lets in (that is the point).
let dataDir = '';
let running: AppServices[] = [];
afterEach(async () => {
  for (const services of running) await services.close();
  running = [];
  await fs.rm(dataDir, { recursive: true, force: true });
  dataDir = '';
});

async function start(options: { clock?: Clock; keyStore?: KeyStore | null } = {}): Promise<AppServices> {
  dataDir ||= await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-lock-'));
  const services = await startServices({
    dataDir,
    appVersion: 'test',
    keyStore: options.keyStore === undefined ? thisMachine : options.keyStore,
    saveDialog: async () => null,
    passwordCost: FAST_TEST_SCRYPT,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  running.push(services);
  await acknowledgeRecoveryCode(services);
  return services;
}
const reopen = async (services: AppServices): Promise<AppServices> => {
  await services.close();
  running = running.filter((s) => s !== services);
  return start();
};
const envelope = async (): Promise<KeyEnvelope> => {
  const parsed = parseEnvelope(await fs.readFile(path.join(dataDir, ENVELOPE_FILE), 'utf8'));
  if (!parsed) throw new Error('no envelope');
  return parsed;
};

describe('the app lock', () => {
  it('a passcode replaces the machine key: locking closes the data, a wrong passcode is slowed, the right one opens it, and a restart asks for it', async () => {
    const clock = fixedClock();
    const services = await start({ clock });
    const entry = await must(services, 'reflections:create', {
      kind: 'fri',
      title: 'Tvivl',
      body: WORD,
      private: true,
    });
    const refused = await services.dispatch('vault:lock', {});
    expect(refused.ok).toBe(false);

    const set = await must(services, 'vault:set-passcode', { passcode: PASSCODE });
    expect(set).toMatchObject({ kind: 'open', passcodeSet: true });
    const slots = (await envelope()).slots;
    expect(Object.keys(slots).sort()).toEqual(['passcode', 'recovery']);

    expect(await must(services, 'vault:lock', {})).toMatchObject({
      kind: 'closed',
      reason: 'locked',
      canUsePasscode: true,
    });
    const listed = await services.dispatch('reflections:summaries', {});
    expect(listed.ok).toBe(false);
    if (!listed.ok) expect(listed.error.message).toContain('låst');

    const wrong = await must(services, 'vault:open', { passcode: 'forkert-gæt' });
    expect(wrong).toMatchObject({ kind: 'closed' });
    const firstWait = wrong.kind === 'closed' ? wrong.retryAfterMs : 0;
    expect(firstWait).toBeGreaterThan(0);
    // Inside the wait even the right passcode is not tried.
    expect((await must(services, 'vault:open', { passcode: PASSCODE })).kind).toBe('closed');
    clock.advance(firstWait);
    const again = await must(services, 'vault:open', { passcode: 'forkert-igen' });
    expect(again.kind === 'closed' && again.retryAfterMs).toBeGreaterThan(firstWait);
    clock.advance(10 * 60_000);
    expect((await must(services, 'vault:open', { passcode: PASSCODE })).kind).toBe('open');
    expect((await must(services, 'reflections:get', { id: entry.id })).body).toBe(WORD);

    const restarted = await reopen(services);
    expect((await must(restarted, 'vault:status', {})).kind).toBe('closed');
    expect((await must(restarted, 'vault:open', { passcode: PASSCODE })).kind).toBe('open');
    expect((await must(restarted, 'reflections:get', { id: entry.id })).body).toBe(WORD);
  });

  it('changing or removing the passcode needs the current one (slowed when wrong); removing gives the key back to the machine', async () => {
    const clock = fixedClock();
    const services = await start({ clock });
    await must(services, 'vault:set-passcode', { passcode: PASSCODE });
    const before = await fs.readFile(path.join(dataDir, ENVELOPE_FILE));

    const noCurrent = await services.dispatch('vault:set-passcode', { passcode: 'ny-kode-123' });
    expect(noCurrent.ok).toBe(false);
    const wrong = await services.dispatch('vault:remove-passcode', { current: 'forkert-gæt' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toContain('Intet er ændret');
    // Right, but inside the wait: still refused, and nothing written.
    expect((await services.dispatch('vault:remove-passcode', { current: PASSCODE })).ok).toBe(false);
    expect(await fs.readFile(path.join(dataDir, ENVELOPE_FILE))).toEqual(before);

    clock.advance(10 * 60_000);
    await must(services, 'vault:set-passcode', { passcode: 'ny-kode-123', current: PASSCODE });
    expect(await must(services, 'vault:remove-passcode', { current: 'ny-kode-123' })).toMatchObject({
      kind: 'open',
      passcodeSet: false,
    });
    expect(Object.keys((await envelope()).slots).sort()).toEqual(['os', 'recovery']);
    expect((await must(await reopen(services), 'vault:status', {})).kind).toBe('open');
  });

  it('without a key store on this computer the passcode can be changed but not removed', async () => {
    const services = await start({ keyStore: null });
    expect((await must(services, 'vault:status', {})).kind).toBe('needs-passcode-setup');
    await must(services, 'vault:setup-passcode', { passcode: PASSCODE });
    const removed = await services.dispatch('vault:remove-passcode', { current: PASSCODE });
    expect(removed.ok).toBe(false);
    if (!removed.ok) expect(removed.error.message).toContain('kan ændres, men ikke fjernes');
  });
});
