import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_SCRYPT, benchKeyStore } from '../../../scripts/bench/bench-key-store';
import { startServices } from '../../../electron/services/app-services';
import type { DatasetSize } from '../../../scripts/bench/data/dataset-size';
import { BENCH_TODAY, generateDataset } from '../../../scripts/bench/data/generate-dataset';
import { clockAt, writeDataset } from '../../../scripts/bench/data/write-dataset';
import { readDataFileText } from '../../support/temp-services';
import { measureSearch } from '../../../scripts/bench/step-search';

/** A tiny data set: enough of everything to exercise the generator and one bench step quickly. */
const tiny: DatasetSize = { years: 1, networks: 3, people: 20, meetings: 12, reflections: 30, agreementVersions: 14 };
const clock = clockAt(`${BENCH_TODAY}T08:00:00.000Z`);
const folders: string[] = [];

async function freshDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-bench-test-'));
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe('bench data generator', () => {
  it('gives the same data file (behind its encryption) for the same seed, and other data for another seed', async () => {
    const [a, b, c] = [await freshDir(), await freshDir(), await freshDir()];
    await writeDataset(a, generateDataset(tiny, 7), clock);
    await writeDataset(b, generateDataset(tiny, 7), clock);
    await writeDataset(c, generateDataset(tiny, 8), clock);
    // Each folder has its own key and nonces, so the bytes differ; the text behind them must not.
    const read = (dir: string) => readDataFileText(dir, benchKeyStore);
    expect(await read(a)).toBe(await read(b));
    expect(await read(a)).not.toBe(await read(c));
  });

  it('writes data the app opens as it is, without quarantine or migration', async () => {
    const dir = await freshDir();
    const data = generateDataset(tiny, 7);
    await writeDataset(dir, data, clock);
    const services = await startServices({
      dataDir: dir,
      appVersion: 'test',
      keyStore: benchKeyStore,
      passwordCost: BENCH_SCRYPT,
      saveDialog: async () => null,
      clock,
    });
    try {
      expect(services.notices).toEqual([]);
      const stored = services.store.data;
      expect(stored.networks).toHaveLength(tiny.networks);
      expect(stored.meetings).toHaveLength(tiny.meetings);
      expect(stored.reflections).toHaveLength(tiny.reflections);
      expect(stored.agreements.every((a) => a.versions.length >= 1)).toBe(true);
      // One agreement per network and counterpart, with exactly the versions asked for between them.
      expect(stored.agreements).toHaveLength(tiny.networks * 3);
      expect(stored.agreements.reduce((sum, a) => sum + a.versions.length, 0)).toBe(tiny.agreementVersions);
      expect(stored.reflections.some((r) => r.meetingId !== null)).toBe(true);
      expect(stored.meetings.some((m) => m.status === 'held' && m.decisions.length > 0 && m.actions.length > 0)).toBe(
        true,
      );
    } finally {
      await services.close();
    }
  });

  it('runs the search bench step on it and reports figures', async () => {
    const dir = await freshDir();
    await writeDataset(dir, generateDataset(tiny, 7), clock);
    const figures = await measureSearch(dir, 1, 3);
    expect(figures.map((f) => f.id)).toEqual([
      'search.global.1y.p95',
      'search.journal.1y.p95',
      'search.first.1y.ratio',
      'search.indexReady.1y',
    ]);
    for (const figure of figures) expect(Number.isFinite(figure.value)).toBe(true);
  });
});
