/**
 * `npm run preview`: the same app in the local browser, over the same contract and services,
 * for machines where the Electron binary cannot run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { AppError } from '../shared/app-error';
import { startServices } from '../services/app-services';
import { attemptsFileFor, defaultDataFolder } from '../main/data-folder';
import { downloadFolderDialog } from './download-folder-dialog';
import { openFolderWithSystem } from './open-folder';
import { writeLaunchOpener, type LaunchOpener } from './launch-opener';
import { startPreviewServer } from './preview-server';

const root = process.cwd();
const rendererDir = path.join(root, 'dist', 'renderer');
const bridgeFile = path.join(root, 'dist', 'bridge', 'browser-bridge.js');

async function main(): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html')) || !existsSync(bridgeFile)) {
    console.error('Ledelsesrum er ikke bygget endnu. Kør «npm run build» og derefter «npm run preview».');
    process.exit(1);
  }
  const dataDir = defaultDataFolder(process.env, process.platform, os.homedir());
  const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
  let services;
  try {
    services = await startServices({
      dataDir,
      attemptsFile: attemptsFileFor(dataDir),
      appVersion: version,
      // A browser has no OS key store to offer: the passcode chosen at first start wraps the data key.
      keyStore: null,
      saveDialog: downloadFolderDialog(),
      openFolder: openFolderWithSystem,
    });
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  }
  const port = Number(process.env.LEDELSESRUM_PORT ?? 0);
  let opener: LaunchOpener | null = null;
  const server = await startPreviewServer({
    rendererDir,
    bridgeFile,
    dispatch: services.dispatch,
    port,
    onEntered: () => void opener?.remove(),
  });
  console.log('\nLedelsesrum kører i browseren. Kun den, der har denne adresse, kommer ind (den virker én gang):');
  console.log(`  ${server.launchUrl()}`);
  console.log(`Datamappe: ${dataDir}`);
  console.log('Tryk Enter for en ny adresse (fx til en ny browser). Stop med Ctrl+C.\n');
  if (!process.argv.includes('--no-open') && !process.env.CI) {
    opener = await writeLaunchOpener(server.launchUrl());
    openInBrowser(opener.file, server.url);
  }
  if (process.stdin.isTTY) {
    readline.createInterface({ input: process.stdin }).on('line', () => {
      console.log(`Ny adresse (den forrige virker ikke længere):\n  ${server.renewLaunchUrl()}\n`);
    });
  }

  const stop = async () => {
    await opener?.remove();
    await server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** Opens the opener file in the user's default browser; harmless when no desktop is there. */
function openInBrowser(file: string, url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', file] : [file];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Åbn adressen ovenfor i din browser (${url}).`));
  child.unref();
}

void main();
