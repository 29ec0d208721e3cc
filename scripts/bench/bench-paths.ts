import path from 'node:path';

/** Where the generated data sets lie: one data folder per span of years. */
export const BENCH_DATA_ROOT = path.join(process.cwd(), 'artifacts', 'bench-data');

/** Where the bench writes its results. */
export const BENCH_RESULTS_FILE = path.join(process.cwd(), 'artifacts', 'bench', 'results.json');

/** The data folder of one generated data set, e.g. artifacts/bench-data/10y. */
export function datasetDir(years: number): string {
  return path.join(BENCH_DATA_ROOT, `${years}y`);
}

/** Scratch folders for copies of data sets and the fsync baseline: on the same disk as the data. */
export const BENCH_SCRATCH_ROOT = path.join(process.cwd(), 'artifacts', 'bench', 'scratch');
