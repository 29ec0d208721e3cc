/**
 * Kills a writer process at random moments during saves (journal appends, data-file rewrites,
 * imports, restores, merges, backups alike) and checks what it left on disk after every round:
 * the data file and its journals must read cleanly, hold no id twice, and equal the last state
 * the writer acknowledged (or the one whose save was under way); the next start must load it.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { DATA_FILE } from '../../electron/services/storage/store';
import { readSavedData } from '../../electron/services/storage/saved-state';
import { duplicateIds, fingerprint } from './crash-fingerprint';

/** What the rounds found. */
export interface CrashReport {
  rounds: number;
  unreadable: number;
  /** Rounds whose saved state was neither the last acknowledged one nor the one in flight. */
  lostAcknowledged: number;
  /** Rounds whose saved state held an id twice in one collection. */
  duplicateIds: number;
  /** Starts that loaded something other than what the check before them read from disk. */
  restartMismatch: number;
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
  const report: CrashReport = {
    rounds,
    unreadable: 0,
    lostAcknowledged: 0,
    duplicateIds: 0,
    restartMismatch: 0,
    acknowledged: 0,
  };
  let onDisk: string | null = null;
  try {
    for (let round = 0; round < rounds; round += 1) {
      // Kill after a random number of acks plus a random pause, so the kill lands at any step of a save.
      const seen = await runAndKill(
        writer,
        dir,
        1 + round + Math.floor(next() * 1e6),
        Math.floor(next() * 4),
        next() * 6,
      );
      if (onDisk !== null && seen.start !== null && seen.start !== onDisk) report.restartMismatch += 1;
      const exists = await fs.stat(path.join(dir, DATA_FILE)).then(
        () => true,
        () => false,
      );
      // Killed before it opened the folder at all: there is nothing that should be on disk yet.
      if (!exists && seen.start === null) continue;
      const checked = await readSavedData(dir);
      if (!checked.ok) {
        report.unreadable += 1;
        onDisk = null;
        continue;
      }
      onDisk = fingerprint(checked.data);
      if (duplicateIds(checked.data).length > 0) report.duplicateIds += 1;
      // The save under way when the kill came may or may not have landed; anything else is a loss.
      const allowed: string[] = [seen.acked ?? seen.start, seen.inFlight].filter(
        (hash): hash is string => hash !== null,
      );
      if (allowed.length > 0 && !allowed.includes(onDisk)) report.lostAcknowledged += 1;
      report.acknowledged += seen.acks;
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(path.dirname(writer), { recursive: true, force: true });
  }
  return report;
}

/** What one writer run said before it was killed. */
interface Seen {
  /** The state it loaded at start. */
  start: string | null;
  /** The last acknowledged state. */
  acked: string | null;
  /** A state whose save had begun after the last acknowledgement. */
  inFlight: string | null;
  acks: number;
}

/** Starts the writer, waits for `acks` acknowledgements and `pauseMs` more, SIGKILLs it; returns what it said. */
function runAndKill(writer: string, dataDir: string, seed: number, acks: number, pauseMs: number): Promise<Seen> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'ignore'] });
    const seen: Seen = { start: null, acked: null, inFlight: null, acks: 0 };
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
        const [word, hash = null] = line.split(' ');
        if (word === 'start') seen.start = hash;
        else if (word === 'try') seen.inFlight = hash;
        else if (word === 'ack') {
          seen.acked = hash;
          seen.inFlight = null;
          seen.acks += 1;
        }
      }
      if (seen.acks >= acks) kill();
    });
    child.on('exit', () => resolve(seen));
  });
}
