import { promises as fs } from 'node:fs';
import { startServices } from '../../../electron/services/app-services';
import type { AppData } from '../../../electron/services/storage/app-data';
import type { Clock } from '../../../electron/services/clock';
import type { SaveDialog } from '../../../electron/services/export/save-export';
import { acknowledgeRecoveryCode } from '../../../tests/support/temp-services';
import { BENCH_SCRYPT, benchKeyStore } from '../bench-key-store';

/** A clock standing on one instant, so files the services stamp (backups) come out the same every run. */
export function clockAt(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

/** The bench never exports through the dataset writer. */
const noDialog: SaveDialog = async () => null;

/**
 * Writes a data set into a fresh data folder through the app's own store, so the files are in
 * whatever on-disk format the running code uses (one file today, perhaps split tomorrow).
 */
export async function writeDataset(dataDir: string, data: AppData, clock: Clock): Promise<void> {
  await fs.rm(dataDir, { recursive: true, force: true });
  const services = await startServices({
    dataDir,
    appVersion: 'bench',
    // Encrypted, as every new folder is: the bench measures what users get.
    keyStore: benchKeyStore,
    passwordCost: BENCH_SCRYPT,
    saveDialog: noDialog,
    clock,
  });
  try {
    await acknowledgeRecoveryCode(services);
    await services.store.replaceAll(data);
  } finally {
    await services.close();
  }
}
