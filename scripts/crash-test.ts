/**
 * `npm run test:crash`: kills a writer at random points during saves, imports, restores and merges, 1,000 times unless
 * told otherwise; then kills the conversion of a plain folder to the encrypted form, 200 times (40 in CI).
 */
import { runConversionRounds } from '../tests/support/conversion-crash';
import { runCrashRounds } from '../tests/support/crash-harness';

const rounds = Number(process.argv[2] ?? 1000);
const conversionRounds = Number(process.argv[3] ?? (process.env.CI ? 40 : 200));
const started = Date.now();
const report = await runCrashRounds(rounds, Date.now() % 100_000);
console.log(`Crash rounds: ${report.rounds}`);
console.log(`Acknowledged saves checked: ${report.acknowledged}`);
console.log(`Unreadable files: ${report.unreadable}`);
console.log(`Rounds that lost an acknowledged save: ${report.lostAcknowledged}`);
console.log(`Rounds with an id twice: ${report.duplicateIds}`);
console.log(`Starts that loaded something else than was on disk: ${report.restartMismatch}`);
console.log(`Time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const conversion = await runConversionRounds(conversionRounds, Date.now() % 100_000);
console.log(`Conversion rounds (plain folder to encrypted): ${conversion.rounds}`);
console.log(`Kills during the conversion: ${conversion.killedMidway}`);
console.log(`Starts after a kill that did not open the folder: ${conversion.notOpened}`);
console.log(`Starts that lost an acknowledged save: ${conversion.lostAcknowledged}`);
console.log(`Converted folders with data left in clear: ${conversion.leftInClear}`);
console.log(`Time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const conversionFailed = conversion.notOpened + conversion.lostAcknowledged + conversion.leftInClear;
const failed =
  report.unreadable + report.lostAcknowledged + report.duplicateIds + report.restartMismatch + conversionFailed > 0
    ? 1
    : 0;
console.log(`${1 - failed} passed, ${failed} failed`);
process.exit(failed);
