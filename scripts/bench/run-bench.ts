/**
 * `npm run bench`: builds the app and the bare baseline page, makes the data sets if they are
 * missing, runs every step and prints one table; the same figures go to artifacts/bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_YEARS } from './data/dataset-size';
import { ENVELOPE_FILE } from '../../electron/services/crypto/key-envelope';
import { BENCH_RESULTS_FILE, BENCH_SCRATCH_ROOT, datasetDir } from './bench-paths';
import { must } from '../../tests/support/temp-services';
import { openBenchServices } from './bench-services';
import { launchBenchBrowser } from './browser-session';
import type { Figure } from './figures';
import { makeBenchData } from './make-data';
import { formatTable, writeReport } from './report';
import { measureExports } from './step-export';
import { measureMainMemory } from './step-memory';
import { buildBarePage, measureOpen } from './step-open';
import { measureSaves, saveFigures } from './step-save';
import { measureScroll } from './step-scroll';
import { measureStart } from './step-start';
import { measureSearch } from './step-search';
import { measureInitialSize } from './step-size';

const rendererDir = path.join(process.cwd(), 'dist', 'renderer');

// `--only <step>` (e.g. `npm run bench -- --only eksport`) runs one step while working on it.
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
const runs = (name: string): boolean => only === undefined || only === name;

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const step = (name: string) => console.log(`· ${name} (${Math.round((performance.now() - started) / 1000)} s)`);

  step('bygger app og bar side');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  await buildBarePage();
  // Data sets from before encryption are made again, so every figure is on encrypted data.
  if (!BENCH_YEARS.every((years) => existsSync(path.join(datasetDir(years), ENVELOPE_FILE)))) {
    step('laver datasæt');
    await makeBenchData();
  }
  const ten = datasetDir(10);
  const figures: Figure[] = [];
  const encrypted = await encryptionOn(ten);
  console.log(`Kryptering: ${encrypted ? 'til (AES-256-GCM på datafil, journal og sikkerhedskopier)' : 'FRA'}`);

  if (runs('størrelse')) {
    step('størrelse');
    figures.push(...(await measureInitialSize(rendererDir)));
  }
  if (runs('eksport')) {
    step('eksport');
    figures.push(...(await measureExports(ten, 10)));
  }
  if (runs('søgning')) {
    step('søgning');
    figures.push(...(await measureSearch(ten, 10)));
  }
  if (runs('hukommelse')) {
    step('hukommelse');
    figures.push(...(await measureMainMemory(ten, 10)));
  }
  if (runs('start')) {
    step('start, 10 og 30 år');
    figures.push(...(await measureStart([10, 30].map((years) => ({ years, dir: datasetDir(years) })))));
  }
  if (runs('gem')) {
    step(`gem, ${BENCH_YEARS.join(', ')} år på skift`);
    figures.push(...saveFigures(await measureSaves(BENCH_YEARS.map((years) => ({ years, dir: datasetDir(years) })))));
  }

  if (runs('åbning') || runs('rulning')) {
    const services = await openBenchServices(ten);
    try {
      if (runs('åbning')) {
        step('åbning');
        const browser = await launchBenchBrowser();
        try {
          figures.push(...(await measureOpen(browser, services, rendererDir, 10)));
        } finally {
          await browser.close();
        }
      }
      if (runs('rulning')) {
        step('rulning');
        figures.push(...(await measureScroll(services, rendererDir, 10)));
      }
    } finally {
      await services.dispose();
    }
  }
  await fs.rm(BENCH_SCRATCH_ROOT, { recursive: true, force: true });

  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`\n${formatTable(figures)}\n`);
  console.log(`Kryptering var ${encrypted ? 'til' : 'fra'} under målingerne.`);
  const failed = figures.filter((f) => f.pass === false).length;
  console.log(
    `${figures.length} figurer, ${failed} nåede ikke målet · ${seconds} s · ${path.relative(process.cwd(), BENCH_RESULTS_FILE)}`,
  );
  // A partial run would overwrite the full results with a few figures.
  if (only === undefined) await writeReport(BENCH_RESULTS_FILE, { startedAt, seconds, encrypted, figures });
}

/** Whether the services open the ten-year data set encrypted, asked of the services themselves. */
async function encryptionOn(dir: string): Promise<boolean> {
  const services = await openBenchServices(dir);
  try {
    const status = await must(services, 'vault:status', {});
    return status.kind === 'open' && status.encrypted;
  } finally {
    await services.dispose();
  }
}

await main();
