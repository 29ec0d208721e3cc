import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Reflection } from '../../electron/shared/entities';
import { must } from '../../tests/support/temp-services';
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
 * and store, against one fsync'd 4 KB write in the same folder. The two alternate, so a noisy
 * neighbour slows both alike.
 */
export async function measureSave(sourceDir: string, years: number, rounds = 200): Promise<SaveTimings> {
  const services = await openBenchServices(sourceDir);
  try {
    const entry = services.store.data.reflections[0] as Reflection | undefined;
    if (!entry) throw new Error('the data set has no journal entries to change');
    // The entry is the store's own record, so its title is read once: every other save adds a dot, the rest take it away.
    const title = entry.title;
    const probe = path.join(services.dataDir, 'fsync-probe.bin');
    const block = randomBytes(4096);
    const saves: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      writes.push(await timed(() => writeAndSync(probe, block)));
      saves.push(await timed(() => must(services, 'reflections:update', { id: entry.id, patch: { title: i % 2 === 0 ? `${title} ·` : title } })));
    }
    return {
      years,
      save: { p50: percentile(saves, 0.5), p95: percentile(saves, 0.95) },
      fsync4k: { p50: percentile(writes, 0.5), p95: percentile(writes, 0.95) },
    };
  } finally {
    await services.dispose();
  }
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
    atMost(`save.${t.years}y.p95Ratio`, `Gem én lille ændring, ${t.years} år: p95 / fsync 4 KB p95`, round(t.save.p95 / t.fsync4k.p95), '×', 2, {
      saveP50Ms: round(t.save.p50),
      saveP95Ms: round(t.save.p95),
      fsyncP50Ms: round(t.fsync4k.p50),
      fsyncP95Ms: round(t.fsync4k.p95),
      p50Ratio: round(t.save.p50 / t.fsync4k.p50),
    }),
  );
  const one = timings.find((t) => t.years === 1);
  const ten = timings.find((t) => t.years === 10);
  if (one && ten) {
    figures.push(atMost('save.10yVs1y', 'Gem, 10 år p95 / 1 år p95', round(ten.save.p95 / one.save.p95), '×', 1.2));
  }
  return figures;
}
