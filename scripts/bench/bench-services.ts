import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startTempServices, type TempServices } from '../../tests/support/temp-services';
import { clockAt } from './data/write-dataset';
import { BENCH_TODAY } from './data/generate-dataset';
import { BENCH_SCRATCH_ROOT } from './bench-paths';
import { benchKeyStore } from './bench-key-store';

/**
 * The real services on a private copy of a generated data folder, so a step that saves never
 * changes the data set the next step reads. Disposing removes the copy.
 */
export async function openBenchServices(sourceDir: string): Promise<TempServices> {
  return startBenchServices(await copyBenchData(sourceDir));
}

/** A private copy of a data set, without its backups, to start services on. */
export async function copyBenchData(sourceDir: string): Promise<string> {
  // Beside the data sets, on the same disk, so saves and the fsync baseline meet the same hardware.
  await fs.mkdir(BENCH_SCRATCH_ROOT, { recursive: true });
  const dataDir = await fs.mkdtemp(path.join(BENCH_SCRATCH_ROOT, 'data-'));
  await fs.cp(sourceDir, dataDir, { recursive: true });
  await fs.rm(path.join(dataDir, 'sikkerhedskopier'), { recursive: true, force: true });
  return dataDir;
}

/** The services on a copied data folder; disposing removes the folder. */
export function startBenchServices(dataDir: string): Promise<TempServices> {
  // The data is made to end on BENCH_TODAY; the services see the same day, so Overblik looks as it would.
  return startTempServices({ dataDir, keyStore: benchKeyStore, clock: clockAt(`${BENCH_TODAY}T09:00:00.000Z`) });
}
