/**
 * `npm start`: builds the app and opens it in Electron. Where the Electron binary is missing and
 * cannot be fetched, it says so in one paragraph and points to `npm run preview` instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
if (!binary) {
  console.log('Henter Electron-programmet … / Fetching the Electron program …');
  const installer = path.join(
    path.dirname(createRequire(import.meta.url).resolve('electron/package.json')),
    'install.js',
  );
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  binary = electronBinary();
}
if (!binary) {
  console.log(MISSING_ELECTRON_MESSAGE);
  // Exit quietly: npm would bury the paragraph under its own error lines after a non-zero exit.
  process.exit(0);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
