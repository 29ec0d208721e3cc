import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  LOCK_FILE,
  STALE_AFTER_MS,
  type LockOutcome,
} from '../../../../electron/services/storage/data-folder-lock';
import { processStartTime } from '../../../../electron/services/storage/process-identity';
import { readOnlyForLock } from '../../../../electron/services/storage/read-only';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-lock-'));
});
afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

const lockFile = () => path.join(dir, LOCK_FILE);
const goneLongAgo = new Date(Date.now() - 10 * STALE_AFTER_MS);

async function writeLock(record: Record<string, unknown>, touchedAt?: Date): Promise<void> {
  await fs.writeFile(lockFile(), JSON.stringify({ token: 'theirs', since: '2026-11-23T08:00:00.000Z', ...record }));
  if (touchedAt) await fs.utimes(lockFile(), touchedAt, touchedAt);
}

function acquired(outcome: LockOutcome) {
  if (outcome.kind !== 'acquired') throw new Error(`expected the lock, got ${JSON.stringify(outcome)}`);
  return outcome.lock;
}

describe('one running app per data folder', () => {
  it('reports a second holder as held while the first runs, and allows one after release', async () => {
    const first = acquired(await acquireDataFolderLock(dir));
    expect(await acquireDataFolderLock(dir)).toMatchObject({ kind: 'held', provenAlive: true });
    await first.release();
    const second = acquired(await acquireDataFolderLock(dir));
    await second.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('takes over a lock left by a process that is gone', async () => {
    await writeLock({ pid: 2 ** 22 + 12345, host: os.hostname() });
    const lock = acquired(await acquireDataFolderLock(dir));
    const holder = JSON.parse(await fs.readFile(lockFile(), 'utf8')) as { pid: number };
    expect(holder.pid).toBe(process.pid);
    await lock.release();
  });

  it.runIf(processStartTime(process.pid) !== null)(
    'takes over a lock whose PID now belongs to another live process (PID reuse)',
    async () => {
      // Our parent is alive, but it is not the process that wrote this lock: that one started at another time.
      await writeLock({ pid: process.ppid, host: os.hostname(), processStart: 'another-boot:12345' });
      const lock = acquired(await acquireDataFolderLock(dir));
      await lock.release();
    },
  );

  it.runIf(processStartTime(process.pid) !== null)('keeps a lock whose live holder started when it says', async () => {
    await writeLock(
      { pid: process.ppid, host: os.hostname(), processStart: processStartTime(process.ppid) },
      goneLongAgo,
    );
    expect(await acquireDataFolderLock(dir, { force: true })).toMatchObject({ kind: 'held', provenAlive: true });
  });

  it('treats a lock from another machine with a recent heartbeat as held, and names that machine', async () => {
    await writeLock({ pid: 1, host: 'en-anden-pc' });
    const outcome = await acquireDataFolderLock(dir, { force: true });
    expect(outcome).toMatchObject({
      kind: 'held',
      provenAlive: true,
      holder: { host: 'en-anden-pc', sameHost: false },
    });
    if (outcome.kind !== 'held') return;
    const why = readOnlyForLock(outcome.holder, outcome.provenAlive);
    expect(why).toMatchObject({ reason: 'locked', canOpenAnyway: false });
    expect(why.message).toContain('«en-anden-pc»');
  });

  it('offers "Åbn alligevel" for another machine gone quiet, and takes the lock over only when asked', async () => {
    await writeLock({ pid: 1, host: 'omdoebt-pc' }, goneLongAgo);
    const outcome = await acquireDataFolderLock(dir);
    expect(outcome).toMatchObject({ kind: 'held', provenAlive: false, holder: { host: 'omdoebt-pc' } });
    if (outcome.kind !== 'held') return;
    const why = readOnlyForLock(outcome.holder, outcome.provenAlive);
    expect(why).toMatchObject({ reason: 'locked-unproven', canOpenAnyway: true });
    expect(why.message).toContain('Åbn alligevel');
    expect(why.message).toContain('«omdoebt-pc»');
    const lock = acquired(await acquireDataFolderLock(dir, { force: true }));
    expect(JSON.parse(await fs.readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    await lock.release();
  });

  it('gives a stale lock to exactly one of many contenders at once (100 rounds)', async () => {
    for (let round = 0; round < 100; round += 1) {
      await writeLock({ pid: 2 ** 22 + round, host: os.hostname(), token: `dead-${round}` });
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => acquireDataFolderLock(dir)));
      const winners = outcomes.filter((outcome) => outcome.kind === 'acquired');
      expect(winners, `round ${round}`).toHaveLength(1);
      for (const outcome of outcomes) if (outcome.kind === 'acquired') await outcome.lock.release();
    }
    expect(await fs.readdir(dir)).toEqual([]);
  }, 60_000);

  it('gives a stale lock to exactly one of several processes starting at once (5 rounds)', async () => {
    const bin = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-lock-bin-'));
    const script = path.join(bin, 'lock-contender.mjs');
    await build({
      entryPoints: [path.resolve('tests/support/lock-contender.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
    });
    try {
      for (let round = 0; round < 5; round += 1) {
        await writeLock({ pid: 2 ** 22 + round, host: os.hostname(), token: `dead-${round}` });
        // Each starts in its own time; they all try at one agreed moment.
        const startAt = Date.now() + 1500;
        const children = Array.from({ length: 4 }, () =>
          spawn(process.execPath, [script, dir, String(startAt)], { stdio: ['pipe', 'pipe', 'inherit'] }),
        );
        const answers = await Promise.all(
          children.map(
            (child) =>
              new Promise<string>((resolve) => {
                let out = '';
                child.stdout.on('data', (chunk: Buffer) => {
                  out += chunk.toString();
                  if (out.includes('\n')) resolve(out.trim());
                });
                child.on('exit', () => resolve(out.trim()));
              }),
          ),
        );
        expect(
          answers.filter((answer) => answer === 'acquired'),
          `round ${round}: ${answers.join(', ')}`,
        ).toHaveLength(1);
        expect(answers.filter((answer) => answer === 'held')).toHaveLength(3);
        await Promise.all(
          children.map((child) => new Promise((resolve) => (child.on('exit', resolve), child.stdin.end()))),
        );
        await fs.rm(lockFile(), { force: true });
      }
    } finally {
      await fs.rm(bin, { recursive: true, force: true });
    }
  }, 120_000);
});
