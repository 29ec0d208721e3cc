/**
 * `npm test`: runs the checks (types, lint, format), builds the app, runs every suite (unit, end-to-end)
 * even when one fails, and ends with a last line summing them all: `N passed, N failed` (skipped tests are counted on the line before).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** End-to-end tests that passed only on their second try (counted as passed, named as flaky). */
  flaky?: number;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pass: Tally = { passed: 1, failed: 0, skipped: 0 };
const fail: Tally = { passed: 0, failed: 1, skipped: 0 };
mkdirSync('test-results', { recursive: true });

// The checks (`npm run check`: types, lint, format) count as one test each in the summed line.
const checks = ['typecheck', 'lint', 'format:check'].map((script) => ({
  name: script,
  tally: spawnSync(npm, ['--silent', 'run', script], { stdio: 'inherit' }).status === 0 ? pass : fail,
}));

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('Bygningen fejlede / the build failed');
  const checked = checks.filter((c) => c.tally.passed).length;
  console.log(`${checked} passed, ${checks.length - checked + 1} failed`);
  process.exit(1);
}

const suites: Array<{ name: string; tally: Tally }> = [
  ...checks,
  {
    name: 'unit',
    tally: run(
      'unit',
      [npx, 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
      'test-results/unit.json',
      readVitest,
    ),
  },
  { name: 'e2e', tally: run('e2e', [npx, 'playwright', 'test'], 'test-results/e2e.json', readPlaywright) },
];

const total = suites.reduce<Tally>(
  (sum, { tally }) => ({
    passed: sum.passed + tally.passed,
    failed: sum.failed + tally.failed,
    skipped: sum.skipped + tally.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('');
for (const { name, tally } of suites)
  console.log(
    `${name}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped` +
      (tally.flaky ? ` (${tally.flaky} flaky: passed on the second try)` : ''),
  );
console.log(`${total.skipped} skipped in all`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);

/** Runs one suite and reads its JSON report; a suite that crashed before reporting counts as one failure. */
function run(name: string, command: string[], report: string, read: (json: unknown) => Tally): Tally {
  rmSync(report, { force: true });
  const [bin = '', ...args] = command;
  const result = spawnSync(bin, args, { stdio: 'inherit' });
  if (!existsSync(report)) {
    console.log(`${name}: no report (exit ${result.status ?? 'signal'})`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const tally = read(JSON.parse(readFileSync(report, 'utf8')));
  // A runner that failed without a failing test (a crash, a config error) still counts as a failure.
  if (result.status !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

function readVitest(json: unknown): Tally {
  const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function readPlaywright(json: unknown): Tally {
  const r = json as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
  const { expected, flaky, unexpected, skipped } = r.stats;
  return { passed: expected + flaky, failed: unexpected, skipped, flaky };
}
