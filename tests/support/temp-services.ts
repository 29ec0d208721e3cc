import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startServices, type AppServices } from '../../electron/services/app-services';
import type { Clock } from '../../electron/services/clock';
import type { ChannelName, InputOf, ResultOf } from '../../electron/shared/contract';
import type { ImportPreview, SaveOutcome } from '../../electron/shared/contract/data';
import type { PrintToPdf } from '../../electron/shared/contract/documents';
import type { SaveDialog } from '../../electron/services/export/save-export';
import type { AppData } from '../../electron/services/storage/app-data';
import { readSavedData } from '../../electron/services/storage/saved-state';
import type { Store } from '../../electron/services/storage/store';
import type { KeyStore } from '../../electron/services/crypto/key-store';
import { plainCodec, type StoreCodec } from '../../electron/services/storage/codec';
import { DATA_FILE } from '../../electron/services/storage/data-file';
import { findFolderKey } from '../../electron/services/storage/folder-key';
import { thisMachine } from './test-key-store';

/** Services on a fresh temporary data folder, with a save dialog that "chooses" files in it. */
export interface TempServices extends AppServices {
  dataDir: string;
  dataFile: string;
  /** Closes the services and removes the folder. */
  dispose(): Promise<void>;
}

/** A clock that stands still until told to move, so timestamps in tests are predictable. */
export function fixedClock(iso = '2026-11-23T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/** scrypt at a cost tests can afford many times over; the app itself uses DEFAULT_SCRYPT. */
export const FAST_TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/** Starts the real services on a temporary data folder. */
export async function startTempServices(
  options: {
    clock?: Clock;
    dataDir?: string;
    saveDialog?: SaveDialog;
    openFolder?: (folder: string) => Promise<boolean>;
    /** The machine's key store (default: this machine's test double); null = none, a passcode is needed. */
    keyStore?: KeyStore | null;
    /** Keep the old plain form (tests that write raw files into the folder). */
    plain?: true;
    /** Leave a new folder's recovery code waiting to be acknowledged (normally it is acknowledged at once). */
    recoveryCodePending?: true;
    printToPdf?: PrintToPdf;
  } = {},
): Promise<TempServices> {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-unit-')));
  const saveDialog: SaveDialog = options.saveDialog ?? (async (request) => path.join(dataDir, request.defaultFileName));
  let closed = false;
  const services = await startServices({
    dataDir,
    appVersion: 'test',
    saveDialog,
    passwordCost: FAST_TEST_SCRYPT,
    keyStore: options.keyStore === undefined ? thisMachine : options.keyStore,
    ...(options.plain ? { plainStorage: true as const } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.openFolder ? { openFolder: options.openFolder } : {}),
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
  });
  if (!options.recoveryCodePending) await acknowledgeRecoveryCode(services);
  const keyStore = options.keyStore === undefined ? thisMachine : options.keyStore;
  return {
    ...services,
    dataDir,
    dataFile: path.join(dataDir, 'ledelsesrum.json'),
    close: async () => {
      if (!closed && isOpen(services)) await expectSavedAsInMemory(dataDir, services.store, keyStore);
      closed = true;
      await services.close();
    },
    dispose: async () => {
      if (!closed && isOpen(services)) await expectSavedAsInMemory(dataDir, services.store, keyStore);
      closed = true;
      await services.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new folder shows its recovery code once; tests not about it start as if the user had kept it. */
export async function acknowledgeRecoveryCode(services: AppServices): Promise<void> {
  const status = await must(services, 'vault:status', {});
  if (status.kind === 'open' && status.recoveryCodePending) await must(services, 'vault:recovery-code-saved', {});
}

function isOpen(services: AppServices): boolean {
  try {
    void services.store;
    return true;
  } catch {
    return false;
  }
}

/** The codec a data folder's files need, through a machine's key store (plain when the folder is). */
export async function folderCodec(
  dataDir: string,
  keyStore: KeyStore | null = thisMachine,
): Promise<StoreCodec | undefined> {
  const found = await findFolderKey(dataDir, keyStore);
  if (found.kind === 'locked') throw new Error(`the data folder cannot be opened: ${found.message}`);
  return found.kind === 'open' ? found.codec : undefined;
}

/** The data file's text, decoded as the app reads it (for tests that edit the file behind the app's back). */
export async function readDataFileText(dataDir: string, keyStore: KeyStore | null = thisMachine): Promise<string> {
  const codec = (await folderCodec(dataDir, keyStore)) ?? plainCodec;
  return codec.decodeFile(await fs.readFile(path.join(dataDir, DATA_FILE)));
}

/** Writes the data file's text in the folder's own form (encrypted when the folder is). */
export async function writeDataFileText(
  dataDir: string,
  text: string,
  keyStore: KeyStore | null = thisMachine,
): Promise<void> {
  const codec = (await folderCodec(dataDir, keyStore)) ?? plainCodec;
  await fs.writeFile(path.join(dataDir, DATA_FILE), codec.encodeFile(text));
}

/**
 * Calls a channel with an input its schema accepts and returns its value, typed by the contract; fails the test
 * with the Danish message if it failed. (Input meant to be refused goes straight to `dispatch`.)
 */
export async function must<C extends ChannelName>(
  services: AppServices,
  channel: C,
  input: InputOf<C>,
): Promise<ResultOf<C>> {
  const result = await services.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

/** The name of the file a save reports, failing the test when nothing was saved. */
export function savedName(outcome: SaveOutcome): string {
  if (!outcome.saved) throw new Error('nothing was saved');
  return outcome.fileName;
}

/** An import preview of readable data, failing the test when it asks for a password instead. */
export function readablePreview(preview: ImportPreview): Extract<ImportPreview, { needsPassword: false }> {
  if (preview.needsPassword) throw new Error('the import asks for a password');
  return preview;
}

/** The data as saved on disk (data file plus journal), as the app would open it. */
export async function savedData(dataDir: string, keyStore: KeyStore | null = thisMachine): Promise<AppData> {
  const saved = await readSavedData(dataDir, await folderCodec(dataDir, keyStore));
  if (!saved.ok) throw new Error(`the saved data cannot be read: ${saved.reason}`);
  return saved.data;
}

/**
 * Every test on the real services ends here (exported for its own test): what a restart would load must equal what is in
 * memory, so a change the journal failed to carry fails the test that made it.
 */
export async function expectSavedAsInMemory(
  dataDir: string,
  store: Store,
  keyStore: KeyStore | null = thisMachine,
): Promise<void> {
  await store.idle();
  if (store.hasUnsavedChanges) return;
  const saved = await readSavedData(dataDir, await folderCodec(dataDir, keyStore));
  // A restart that cannot read what was saved (a damaged journal, an unreadable file) is a failure, never a pass.
  if (!saved.ok) throw new Error(`the saved data cannot be read back: ${saved.reason}`);
  const memory: unknown = JSON.parse(JSON.stringify(store.data));
  if (!isDeepStrictEqual(memory, saved.data)) throw new Error('the saved data differs from the data in memory');
}
