import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startServices, type AppServices } from '../../electron/services/app-services';
import type { Clock } from '../../electron/services/clock';
import type { ChannelName, InputOf, ResultOf } from '../../electron/shared/contract';
import type { ImportPreview, SaveOutcome } from '../../electron/shared/contract/data';
import type { SaveDialog } from '../../electron/services/export/save-export';
import type { AppData } from '../../electron/services/storage/app-data';
import { readSavedData } from '../../electron/services/storage/saved-state';
import type { Store } from '../../electron/services/storage/store';

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
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.openFolder ? { openFolder: options.openFolder } : {}),
  });
  return {
    ...services,
    dataDir,
    dataFile: path.join(dataDir, 'ledelsesrum.json'),
    close: async () => {
      if (!closed) await expectSavedAsInMemory(dataDir, services.store);
      closed = true;
      await services.close();
    },
    dispose: async () => {
      if (!closed) await expectSavedAsInMemory(dataDir, services.store);
      closed = true;
      await services.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
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
export async function savedData(dataDir: string): Promise<AppData> {
  const saved = await readSavedData(dataDir);
  if (!saved.ok) throw new Error(`the saved data cannot be read: ${saved.reason}`);
  return saved.data;
}

/**
 * Every test on the real services ends here (exported for its own test): what a restart would load must equal what is in
 * memory, so a change the journal failed to carry fails the test that made it.
 */
export async function expectSavedAsInMemory(dataDir: string, store: Store): Promise<void> {
  await store.idle();
  if (store.hasUnsavedChanges) return;
  const saved = await readSavedData(dataDir);
  // A restart that cannot read what was saved (a damaged journal, an unreadable file) is a failure, never a pass.
  if (!saved.ok) throw new Error(`the saved data cannot be read back: ${saved.reason}`);
  const memory: unknown = JSON.parse(JSON.stringify(store.data));
  if (!isDeepStrictEqual(memory, saved.data)) throw new Error('the saved data differs from the data in memory');
}
