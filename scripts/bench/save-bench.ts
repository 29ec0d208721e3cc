/**
 * `npx tsx scripts/bench/save-bench.ts [folder]`: the durable save of one small change (p50/p95
 * over 200 saves) at 1, 3 and 10 years of data, against one fsync'd 4 KB write on the same disk.
 * The folder defaults to one under the system temp folder; give one on the disk you care about.
 */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AppData } from '../../electron/services/storage/app-data';
import { DATA_FILE, openStore } from '../../electron/services/storage/store';
import { fixedClock, startTempServices } from '../../tests/support/temp-services';

const SAVES = 200;
const WARM_UP = 10;
const YEARS = [1, 3, 10] as const;

type Row = { label: string; p50: number; p95: number; sizeMb?: number };

/**
 * A synthetic data set of about `years` years: 2.5 networks, 40 people, 150 meetings, 600
 * reflections and 30 agreements a year, cloned from the example network's records so every
 * record passes the data file's checks. Swap this function for the realistic generator.
 */
async function buildDataset(years: number): Promise<AppData> {
  const services = await startTempServices();
  try {
    await services.dispatch('networks:load-example', {});
    const example = services.store.data;
    const network = example.networks[0];
    if (!network) throw new Error('the example network is missing');
    await services.dispatch('agreements:start', { networkId: network.id, counterpart: 'referenceleder' });
    const template = structuredClone(services.store.data);
    const pick = <T>(list: T[], n: number): T => {
      const item = list[n % list.length];
      if (item === undefined) throw new Error('no template record');
      return structuredClone(item);
    };
    const text = (n: number) => `Afsnit ${n}: ${'Vi talte om samarbejdet på tværs og hvad der skal til næste gang. '.repeat(8)}`;
    const data = structuredClone(template);
    const count = (perYear: number) => Math.round(perYear * years);
    data.networks = Array.from({ length: count(2.5) }, (_, n) => ({ ...pick(template.networks, n), id: `net-${n}`, name: `Netværk ${n}` }));
    data.people = Array.from({ length: count(40) }, (_, n) => ({ ...pick(template.people, n), id: `person-${n}`, name: `Person ${n}` }));
    const networkId = (n: number) => `net-${n % data.networks.length}`;
    data.meetings = Array.from({ length: count(150) }, (_, n) => ({ ...pick(template.meetings, n), id: `meeting-${n}`, networkId: networkId(n), title: `Møde ${n}` }));
    data.reflections = Array.from({ length: count(600) }, (_, n) => ({ ...pick(template.reflections, n), id: `reflection-${n}`, networkId: networkId(n), body: text(n) }));
    data.agreements = Array.from({ length: count(30) }, (_, n) => ({ ...pick(template.agreements, n), id: `agreement-${n}`, networkId: networkId(n) }));
    return data;
  } finally {
    await services.dispose();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summarise(label: string, times: number[], sizeMb?: number): Row {
  const sorted = [...times].sort((a, b) => a - b);
  return { label, p50: percentile(sorted, 50), p95: percentile(sorted, 95), ...(sizeMb === undefined ? {} : { sizeMb }) };
}

/** One 4 KB write plus fsync on a file beside the data, timed the same way as a save. */
async function fsyncWrite(handle: FileHandle, block: Buffer): Promise<number> {
  const started = performance.now();
  await handle.write(block, 0, block.length, 0);
  await handle.sync();
  return performance.now() - started;
}

/**
 * 200 small changes (one reflection's title) through the real store, each timed until durable.
 * Each save is paired with one fsync'd 4 KB write on the same disk, taken in turn, so both
 * series see the same background load on a shared machine.
 */
async function saveBench(dir: string, years: number): Promise<[Row, Row]> {
  const dataDir = path.join(dir, `years-${years}`);
  await fs.mkdir(dataDir, { recursive: true });
  const data = await buildDataset(years);
  await fs.writeFile(path.join(dataDir, DATA_FILE), `${JSON.stringify(data, null, 1)}\n`);
  const sizeMb = (await fs.stat(path.join(dataDir, DATA_FILE))).size / 1024 / 1024;
  const { store, backups } = await openStore(dataDir, fixedClock());
  if (store.data.reflections.length !== data.reflections.length) throw new Error('the data set did not load');
  const baseline = await fs.open(path.join(dir, `baseline-${years}.bin`), 'w');
  const block = Buffer.alloc(4096, 7);
  const saves: number[] = [];
  const writes: number[] = [];
  try {
    for (let n = 0; n < SAVES + WARM_UP; n += 1) {
      const id = `reflection-${(n * 37) % data.reflections.length}`;
      const write = await fsyncWrite(baseline, block);
      const started = performance.now();
      await store.mutate((current) => {
        const entry = current.reflections.find((r) => r.id === id);
        if (entry) entry.title = `Rettet ${n}`;
      });
      if (n < WARM_UP) continue;
      saves.push(performance.now() - started);
      writes.push(write);
    }
  } finally {
    await baseline.close();
  }
  await backups.flushPending();
  // Optional so the same script also measures the store before the journal existed.
  await store.close?.();
  return [summarise(`save, ${years} year${years === 1 ? '' : 's'}`, saves, sizeMb), summarise('  fsync 4 KB', writes)];
}

const root = await fs.mkdtemp(path.join(process.argv[2] ?? os.tmpdir(), 'ledelsesrum-save-bench-'));
try {
  const results: Array<[Row, Row]> = [];
  for (const years of YEARS) results.push(await saveBench(root, years));
  const oneYear = results[0]?.[0].p95 ?? NaN;
  console.log('case              data MB    p50 ms    p95 ms   save p95 / fsync p95   p95 / 1-year p95');
  const cell = (value: string, width: number) => value.padStart(width);
  for (const [save, write] of results) {
    console.log([save.label.padEnd(16), cell(save.sizeMb?.toFixed(1) ?? '', 8), cell(save.p50.toFixed(2), 9), cell(save.p95.toFixed(2), 9), cell((save.p95 / write.p95).toFixed(2), 22), cell((save.p95 / oneYear).toFixed(2), 18)].join(' '));
    console.log([write.label.padEnd(16), cell('', 8), cell(write.p50.toFixed(2), 9), cell(write.p95.toFixed(2), 9)].join(' '));
  }
} finally {
  await fs.rm(root, { recursive: true, force: true });
}
