import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEnvelope } from '../../../../electron/services/crypto/key-envelope';
import { newRecoveryCode } from '../../../../electron/services/crypto/recovery-code';
import { findFolderKey, NEEDS_CODE, WRONG_CODE, writeEnvelope } from '../../../../electron/services/storage/folder-key';
import { openStore } from '../../../../electron/services/storage/store';
import { fixedClock } from '../../../support/temp-services';
import { testKeyStore } from '../../../support/test-key-store';

const cheap = { N: 2 ** 10, r: 8, p: 1 };
let dir: string;
let elsewhere: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-key-'));
  elsewhere = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-key-new-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(elsewhere, { recursive: true, force: true });
});

async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = await fs.readdir(folder, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    if ((await fs.stat(file)).isFile()) out[name] = (await fs.readFile(file)).toString('base64');
  }
  return out;
}

describe('finding a folder key', () => {
  it('opens on this machine, needs the code elsewhere, refuses a wrong code without writing, and opens with the code', async () => {
    const machine = testKeyStore();
    const code = newRecoveryCode();
    const { envelope } = await createEnvelope(machine, code, cheap);
    await writeEnvelope(dir, envelope);
    const here = await findFolderKey(dir, machine);
    expect(here.kind).toBe('open');
    if (here.kind !== 'open') return;
    const { store } = await openStore(dir, fixedClock(), { codec: here.codec });
    await store.mutate((data) => (data.profile.name = 'Gendannet Grethe'));
    await store.close();

    await fs.cp(dir, elsewhere, { recursive: true });
    const newMachine = testKeyStore();
    expect(await findFolderKey(elsewhere, newMachine)).toEqual({ kind: 'locked', message: NEEDS_CODE });
    const before = await snapshot(elsewhere);
    expect(await findFolderKey(elsewhere, newMachine, newRecoveryCode())).toEqual({
      kind: 'locked',
      message: WRONG_CODE,
    });
    expect(await snapshot(elsewhere)).toEqual(before);

    const withCode = await findFolderKey(elsewhere, newMachine, code);
    expect(withCode.kind).toBe('open');
    if (withCode.kind !== 'open') return;
    const reopened = await openStore(elsewhere, fixedClock(), { codec: withCode.codec });
    expect(reopened.store.data.profile.name).toBe('Gendannet Grethe');
    await reopened.store.close();
    // The new machine's key store now holds a slot: the next start needs no code.
    expect((await findFolderKey(elsewhere, newMachine)).kind).toBe('open');
  });

  it('calls a folder without an envelope plain', async () => {
    expect(await findFolderKey(dir, testKeyStore())).toEqual({ kind: 'plain' });
  });
});
