/** `npm run test:crash`: kills a writer at random points during saves, imports, restores and merges, 1,000 times unless told otherwise. */
import { runCrashRounds } from '../tests/support/crash-harness';

const rounds = Number(process.argv[2] ?? 1000);
const started = Date.now();
const report = await runCrashRounds(rounds, Date.now() % 100_000);
console.log(`Crash rounds: ${report.rounds}`);
console.log(`Acknowledged saves checked: ${report.acknowledged}`);
console.log(`Unreadable files: ${report.unreadable}`);
console.log(`Rounds that lost an acknowledged save: ${report.lostAcknowledged}`);
console.log(`Rounds with an id twice: ${report.duplicateIds}`);
console.log(`Starts that loaded something else than was on disk: ${report.restartMismatch}`);
console.log(`Time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failed = report.unreadable + report.lostAcknowledged + report.duplicateIds + report.restartMismatch > 0 ? 1 : 0;
console.log(`${1 - failed} passed, ${failed} failed`);
process.exit(failed);
