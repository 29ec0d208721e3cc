import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { must, type TempServices } from '../../tests/support/temp-services';
import { openBenchServices } from './bench-services';
import { atMost, type Figure } from './figures';
import { percentile, round, timed } from './stats';

/** What one save measurement found, before it is turned into figures. */
export interface SaveTimings {
  years: number;
  save: { p50: number; p95: number };
  fsync4k: { p50: number; p95: number };
}

/**
 * Times the durable save of one small change (a journal entry's title) through the real dispatch
 * and store at every data set size, against one fsync'd 4 KB write in the same folder. Sizes and
 * the baseline take turns save by save, so a noisy neighbour or a busy disk slows all of them alike
 * and the ten-year figure is compared with a one-year figure taken in the same seconds.
 */
export async function measureSaves(
  datasets: Array<{ years: number; dir: string }>,
  rounds = 200,
): Promise<SaveTimings[]> {
  const runs: SaveRun[] = [];
  try {
    for (const { years, dir } of datasets) runs.push(await startRun(years, dir));
    const block = randomBytes(4096);
    for (let i = 0; i < rounds; i += 1) {
      for (const run of runs) {
        // Every other save adds a dot to the title, the rest take it away again.
        const title = i % 2 === 0 ? `${run.title} ·` : run.title;
        run.writes.push(await timed(() => writeAndSync(path.join(run.services.dataDir, 'fsync-probe.bin'), block)));
        run.saves.push(
          await timed(() => must(run.services, 'reflections:update', { id: run.entryId, patch: { title } })),
        );
      }
    }
    return runs.map(({ years, saves, writes }) => ({
      years,
      save: { p50: percentile(saves, 0.5), p95: percentile(saves, 0.95) },
      fsync4k: { p50: percentile(writes, 0.5), p95: percentile(writes, 0.95) },
    }));
  } finally {
    for (const run of runs) await run.services.dispose();
  }
}

interface SaveRun {
  years: number;
  services: TempServices;
  entryId: string;
  title: string;
  saves: number[];
  writes: number[];
}

async function startRun(years: number, dir: string): Promise<SaveRun> {
  const services = await openBenchServices(dir);
  const entry = services.store.data.reflections[0];
  if (!entry) {
    await services.dispose();
    throw new Error('the data set has no journal entries to change');
  }
  return { years, services, entryId: entry.id, title: entry.title, saves: [], writes: [] };
}

/** The baseline: one 4 KB write made durable with fsync. */
async function writeAndSync(file: string, block: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(block);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Figures for every size, and the ten-year p95 against the one-year p95. */
export function saveFigures(timings: SaveTimings[]): Figure[] {
  const figures = timings.map((t) =>
    atMost(
      `save.${t.years}y.p95Ratio`,
      `Gem én lille ændring, ${t.years} år: p95 / fsync 4 KB p95`,
      round(t.save.p95 / t.fsync4k.p95),
      '×',
      2,
      {
        saveP50Ms: round(t.save.p50),
        saveP95Ms: round(t.save.p95),
        fsyncP50Ms: round(t.fsync4k.p50),
        fsyncP95Ms: round(t.fsync4k.p95),
        p50Ratio: round(t.save.p50 / t.fsync4k.p50),
      },
    ),
  );
  const one = timings.find((t) => t.years === 1);
  const ten = timings.find((t) => t.years === 10);
  if (one && ten) {
    figures.push(atMost('save.10yVs1y', 'Gem, 10 år p95 / 1 år p95', round(ten.save.p95 / one.save.p95), '×', 1.2));
  }
  const thirty = timings.find((t) => t.years === 30);
  if (ten && thirty) {
    figures.push(
      atMost('save.30yVs10y', 'Gem, 30 år p95 / 10 år p95', round(thirty.save.p95 / ten.save.p95), '×', 1.2),
    );
  }
  return figures;
}
