/**
 * A child process for the lock race: waits until the given moment, tries to take the data
 * folder's lock, prints "acquired" or "held", and keeps a lock it got until told to exit.
 */
import { acquireDataFolderLock } from '../../electron/services/storage/data-folder-lock';

const [dataDir, startAt] = process.argv.slice(2);
if (!dataDir || !startAt) throw new Error('usage: lock-contender <dataDir> <startAtMs>');
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const outcome = await acquireDataFolderLock(dataDir);
process.stdout.write(`${outcome.kind}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
