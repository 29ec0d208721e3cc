/**
 * Kills a writer process at random moments during saves (journal appends and data-file
 * rewrites alike) and checks what it left on disk: the data file and its journals must always
 * read cleanly and hold every save the writer had acknowledged.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { DATA_FILE } from '../../electron/services/storage/store';
import { readSavedData } from '../../electron/services/storage/saved-state';

/** What the rounds found. */
export interface CrashReport {
  rounds: number;
  unreadable: number;
  lostAcknowledged: number;
  acknowledged: number;
}

/** Bundles the writer once, so each round starts a plain Node process in milliseconds. */
async function bundleWriter(): Promise<string> {
  const outfile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-crash-bin-')), 'crash-writer.mjs');
  await build({
    entryPoints: [path.resolve('tests/support/crash-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return outfile;
}

/** Runs `rounds` kill-and-check rounds on one data folder, with a seeded random kill moment. */
export async function runCrashRounds(rounds: number, seed = 1): Promise<CrashReport> {
  const writer = await bundleWriter();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-crash-'));
  let random = seed;
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const report: CrashReport = { rounds, unreadable: 0, lostAcknowledged: 0, acknowledged: 0 };
  try {
    for (let round = 0; round < rounds; round += 1) {
      // Kill after a random number of acks plus a random pause, so the kill lands at any step of a save.
      const acked = await runAndKill(writer, dir, Math.floor(next() * 4), next() * 6);
      const exists = await fs.stat(path.join(dir, DATA_FILE)).then(
        () => true,
        () => false,
      );
      // Killed before its very first save: there is nothing that should be on disk yet.
      if (!exists && report.acknowledged === 0 && acked.length === 0) continue;
      const checked = await readSavedData(dir);
      if (!checked.ok) {
        report.unreadable += 1;
        continue;
      }
      const ids = new Set(checked.data.networks.map((n) => n.id));
      for (const id of acked) if (!ids.has(id)) report.lostAcknowledged += 1;
      report.acknowledged += acked.length;
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(path.dirname(writer), { recursive: true, force: true });
  }
  return report;
}

/** Starts the writer, waits for `acks` acknowledgements and `pauseMs` more, SIGKILLs it; returns the acked ids. */
function runAndKill(writer: string, dataDir: string, acks: number, pauseMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'ignore'] });
    const acked: string[] = [];
    let buffer = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), pauseMs);
    };
    if (acks === 0) kill();
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) acked.push(`n${match[1]}`);
      }
      if (acked.length >= acks) kill();
    });
    child.on('exit', () => resolve(acked));
  });
}
