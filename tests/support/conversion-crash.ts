/**
 * Kills the conversion of a plain data folder to the encrypted form at random moments and checks,
 * after every kill, that the next start opens the folder with exactly the data the plain folder held
 * (every acknowledged save, journal lines included) and that, once a start has finished, no file
 * under the folder holds the data in clear.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startServices } from '../../electron/services/app-services';
import { systemClock } from '../../electron/services/clock';
import { openStore } from '../../electron/services/storage/store';
import type { Network } from '../../electron/shared/entities';
import { newNetworkPhases } from '../../electron/shared/domain/phase-progress';
import { fingerprint } from './crash-fingerprint';
import { CONVERSION_MACHINE, testKeyStore } from './test-key-store';
const MARK = 'Klartekstspor';

export interface ConversionReport {
  rounds: number;
  /** Kills that landed while the conversion was under way (not before it began or after it ended). */
  killedMidway: number;
  /** Starts after a kill that did not open the folder. */
  notOpened: number;
  /** Starts whose data was not the plain folder's acknowledged data. */
  lostAcknowledged: number;
  /** Converted folders where the data could still be read in clear. */
  leftInClear: number;
}

async function bundle(): Promise<string> {
  const outfile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-convert-bin-')), 'writer.mjs');
  await build({
    entryPoints: [path.resolve('tests/support/conversion-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return outfile;
}

function network(n: number): Network {
  return {
    id: `net-${n}`,
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    name: `${MARK} ${n}`,
    theme: '',
    challenge: 'x'.repeat(n * 37),
    ambition: '',
    type: null,
    startDate: '',
    endDate: '',
    status: 'aktiv',
    archivedAt: null,
    roleHolders: { netvaerksleder: null, codriver: null, referenceleder: null, personaleleder: null },
    participants: [],
    phases: newNetworkPhases(),
    example: false,
  };
}

/** A plain folder as an older version leaves it: a data file, backups, and saves still only in the journal. */
async function plainFolder(dir: string, size: number): Promise<string> {
  const { store, backups } = await openStore(dir, systemClock);
  for (let n = 0; n < size; n += 1) {
    await store.mutate((data) => void data.networks.push(network(n)));
    if (n % 3 === 0) await backups.create('manual', store.text());
    if (n === Math.floor(size / 2)) await store.compactNow();
  }
  await store.idle();
  await backups.flushPending();
  // Not closed: the last saves stay in the journal, as after a crash of the old version.
  return fingerprint(store.data);
}

/** Runs the child and kills it `afterMs` after it begins to start the services; resolves with how long that took and whether it opened. */
function runAndKill(writer: string, dir: string, afterMs: number): Promise<{ opened: boolean; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
    let opened = false;
    let began = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('begin') && !timer) {
        began = Date.now();
        timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      if (text.includes('open ') && !opened) {
        opened = true;
        began = Date.now() - began;
      }
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ opened, ms: opened ? began : 0 });
    });
  });
}

async function everyByte(dir: string): Promise<Buffer> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return Buffer.concat(await Promise.all(files.map((file) => fs.readFile(file))));
}

export async function runConversionRounds(rounds: number, seed = 1): Promise<ConversionReport> {
  const writer = await bundle();
  let random = seed;
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const report: ConversionReport = { rounds, killedMidway: 0, notOpened: 0, lostAcknowledged: 0, leftInClear: 0 };
  const keyStore = testKeyStore({ machine: CONVERSION_MACHINE });
  // How long a whole start takes here, so the kills spread over all of it.
  const probe = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-convert-'));
  await plainFolder(probe, 12);
  const fullMs = (await runAndKill(writer, probe, 60_000)).ms;
  await fs.rm(probe, { recursive: true, force: true });
  try {
    for (let round = 0; round < rounds; round += 1) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-convert-'));
      try {
        const expected = await plainFolder(dir, 6 + Math.floor(next() * 10));
        const finished = (await runAndKill(writer, dir, next() * fullMs * 1.1)).opened;
        const envelope = await fs.readFile(path.join(dir, 'nøgler.json'), 'utf8').catch(() => null);
        if (!finished && envelope !== null) report.killedMidway += 1;
        const services = await startServices({
          dataDir: dir,
          appVersion: 'crash-check',
          keyStore,
          passwordCost: { N: 2 ** 10, r: 8, p: 1 },
          saveDialog: async () => null,
        }).catch(() => null);
        const state = services ? await services.dispatch('vault:status', {}) : null;
        if (!services || !state?.ok || (state.value as { kind: string }).kind !== 'open') {
          report.notOpened += 1;
          await services?.close();
          continue;
        }
        if (fingerprint(services.store.data) !== expected) report.lostAcknowledged += 1;
        await services.close();
        if ((await everyByte(dir)).includes(Buffer.from(MARK))) report.leftInClear += 1;
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await fs.rm(path.dirname(writer), { recursive: true, force: true });
  }
  return report;
}
