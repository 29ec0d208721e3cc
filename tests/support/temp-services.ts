import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServices, type AppServices } from '../../electron/services/app-services';
import type { Clock } from '../../electron/services/clock';
import type { SaveDialog } from '../../electron/services/export/save-export';

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

/** Starts the real services on a temporary data folder. */
export async function startTempServices(
  options: { clock?: Clock; dataDir?: string; saveDialog?: SaveDialog; openFolder?: (folder: string) => Promise<boolean> } = {},
): Promise<TempServices> {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-unit-')));
  const saveDialog: SaveDialog = options.saveDialog ?? (async (request) => path.join(dataDir, request.defaultFileName));
  const services = await startServices({ dataDir, appVersion: 'test', saveDialog, ...(options.clock ? { clock: options.clock } : {}), ...(options.openFolder ? { openFolder: options.openFolder } : {}) });
  return {
    ...services,
    dataDir,
    dataFile: path.join(dataDir, 'ledelsesrum.json'),
    dispose: async () => {
      await services.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel and returns its value, failing the test with the Danish message if it failed. */
export async function must<T = unknown>(services: AppServices, channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}
