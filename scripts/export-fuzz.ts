/**
 * `npm run test:exports`: 10,000 hostile inputs through each Word export kind (EXPORT_FUZZ_RUNS to
 * change). Prints a line per kind and exits non-zero if any document was not well-formed.
 */
import { EXPORT_KINDS, exportFuzzBaseData, fuzzExportKind } from '../tests/support/export-fuzz';

const runs = Number(process.env.EXPORT_FUZZ_RUNS ?? 10_000);
const base = await exportFuzzBaseData();
let failed = 0;
for (const kind of EXPORT_KINDS) {
  const started = performance.now();
  const report = await fuzzExportKind(kind, base, runs);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`${kind.name}: ${report.wellFormed} af ${report.runs} dokumenter velformede (${seconds} s)`);
  for (const failure of report.failures.slice(0, 3))
    console.log(`  fejl: ${failure.error} – input ${JSON.stringify(failure.texts.slice(0, 4))}`);
  failed += report.failures.length;
}
console.log(failed === 0 ? 'Alle dokumenter er velformede.' : `${failed} dokumenter fejlede.`);
process.exit(failed === 0 ? 0 : 1);
