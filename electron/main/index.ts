import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, safeStorage, shell } from 'electron';
import { AppError } from '../shared/app-error';
import { startServices, type AppServices } from '../services/app-services';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { attemptsFileFor, defaultDataFolder } from './data-folder';
import { registerIpcHandlers } from './ipc';
import { buildDanishMenu } from './menu';
import { osKeyStore } from './os-key-store';
import { nativeChooseFolder, nativeSaveDialog } from './save-dialog';
import { createPrintToPdf } from './print-to-pdf';
import { APP_ENTRY_URL } from './security/app-origin';
import { denyAllPermissions, guardWebContents, keepDefaultSessionOffline } from './security/install-guards';
import { secureWebPreferences } from './security/web-preferences';

// The bundle lives in dist/main; renderer and preload are its siblings.
const distDir = path.resolve(__dirname, '..');
let services: AppServices | null = null;
let mainWindow: BrowserWindow | null = null;

registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    // A second start focuses the window we have instead of opening the same data twice.
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, secureWebPreferences(preloadPath())));
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  denyAllPermissions();
  keepDefaultSessionOffline();
  serveRenderer(path.join(distDir, 'renderer'));
  try {
    const dataDir = defaultDataFolder(process.env, process.platform, os.homedir());
    services = await startServices({
      dataDir,
      attemptsFile: attemptsFileFor(dataDir),
      appVersion: app.getVersion(),
      keyStore: await osKeyStore(safeStorage, process.platform),
      saveDialog: nativeSaveDialog,
      dialogAsksBeforeReplacing: true,
      chooseFolder: nativeChooseFolder,
      // openPath answers with an error text, empty when the folder or file opened.
      openFolder: async (folder) => (await shell.openPath(folder)) === '',
      openFile: async (file) => (await shell.openPath(file)) === '',
      printToPdf: createPrintToPdf(
        () => new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preloadPath()) }),
        APP_ENTRY_URL,
      ),
    });
  } catch (error) {
    fatal(error);
    return;
  }
  registerIpcHandlers(services.dispatch);
  Menu.setApplicationMenu(buildDanishMenu(process.platform === 'darwin', { lock: () => void lockFromMenu() }));
  createWindow();
  app.on('activate', () => {
    // macOS keeps the app alive without windows; clicking the dock icon should bring one back.
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Ledelsesrum',
    show: false,
    webPreferences: secureWebPreferences(preloadPath()),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

/** "Lås Ledelsesrum" in the menu: the services close the data, and every window starts over at the lock screen. */
async function lockFromMenu(): Promise<void> {
  if (!services) return;
  const result = await services.dispatch('vault:lock', {});
  if (!result.ok) {
    void dialog.showMessageBox({ type: 'info', message: result.error.message });
    return;
  }
  for (const window of BrowserWindow.getAllWindows()) window.webContents.reload();
}

function preloadPath(): string {
  return path.join(distDir, 'preload', 'index.cjs');
}

function fatal(error: unknown): void {
  const message = error instanceof AppError ? error.message : `Ledelsesrum kunne ikke starte: ${String(error)}`;
  dialog.showErrorBox('Ledelsesrum', message);
  app.quit();
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Quitting waits for the services to fold the journal into the data file and release the folder lock.
let closing: Promise<void> | null = null;
app.on('will-quit', (event) => {
  if (!services) return;
  event.preventDefault();
  closing ??= services
    .close()
    .catch(() => undefined) // a failed fold is safe: the journal is replayed at the next start
    .then(() => {
      services = null;
      app.quit();
    });
});
