/**
 * `npm run bench:data`: writes the seeded 1-, 3-, 10- and 30-year data sets into artifacts/bench-data/.
 * `--seed N` picks another seed; the same seed always gives the same files.
 */
import { BENCH_YEARS, sizeForYears } from './data/dataset-size';
import { BENCH_TODAY, DEFAULT_SEED, generateDataset } from './data/generate-dataset';
import { clockAt, writeDataset } from './data/write-dataset';
import { datasetDir } from './bench-paths';

/** Makes every bench data set; returns their folders. */
export async function makeBenchData(seed = DEFAULT_SEED): Promise<string[]> {
  const made: string[] = [];
  for (const years of BENCH_YEARS) {
    const data = generateDataset(sizeForYears(years), seed);
    const dir = datasetDir(years);
    await writeDataset(dir, data, clockAt(`${BENCH_TODAY}T08:00:00.000Z`));
    const versions = data.agreements.reduce((sum, a) => sum + a.versions.length, 0);
    console.log(
      `${years} år: ${data.networks.length} netværk, ${data.people.length} personer, ${data.meetings.length} møder, ` +
        `${data.reflections.length} refleksioner, ${data.agreements.length} aftaler med ${versions} versioner → ${dir}`,
    );
    made.push(dir);
  }
  return made;
}

function seedFromArgs(argv: string[]): number {
  const at = argv.indexOf('--seed');
  const value = at === -1 ? undefined : Number(argv[at + 1]);
  return value !== undefined && Number.isInteger(value) ? value : DEFAULT_SEED;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await makeBenchData(seedFromArgs(process.argv));
}
