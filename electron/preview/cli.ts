/**
 * `npm run preview`: the same app in the local browser, over the same contract and services,
 * for machines where the Electron binary cannot run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../shared/app-error';
import { startServices } from '../services/app-services';
import { defaultDataFolder } from '../main/data-folder';
import { downloadFolderDialog } from './download-folder-dialog';
import { openFolderWithSystem } from './open-folder';
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
      appVersion: version,
      saveDialog: downloadFolderDialog(),
      openFolder: openFolderWithSystem,
    });
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    process.exit(1);
  }
  const port = Number(process.env.LEDELSESRUM_PORT ?? 0);
  const server = await startPreviewServer({ rendererDir, bridgeFile, dispatch: services.dispatch, port });
  console.log(`\nLedelsesrum kører i browseren på ${server.url}`);
  console.log(`Datamappe: ${dataDir}`);
  console.log('Stop med Ctrl+C.\n');
  if (!process.argv.includes('--no-open') && !process.env.CI) openInBrowser(server.url);

  const stop = async () => {
    await server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** Opens the page in the user's default browser; harmless when no desktop is there. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Åbn adressen i din browser: ${url}`));
  child.unref();
}

void main();
