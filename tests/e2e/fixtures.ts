/**
 * Gives each test the built renderer in Chromium with window.api bridged, through a Playwright
 * binding, to the real contract and services on a fresh temporary data folder.
 */
import { promises as fs, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type Browser, type Page } from '@playwright/test';
import { startServices, type AppServices } from '../../electron/services/app-services';
import type { AppData } from '../../electron/services/storage/app-data';
import type { SaveDialog } from '../../electron/services/export/save-export';
import type { ChannelName, InputOf, ResultOf } from '../../electron/shared/contract';
import { chromiumLaunchArgs, describeChromiumSearch, findChromium } from '../support/find-chromium';
import { APP_ORIGIN, BRIDGE_FILE, bridgeToServices, serveBuiltPage } from '../support/bridged-page';
import { acknowledgeRecoveryCode, FAST_TEST_SCRYPT, must, savedData } from '../support/temp-services';
import { thisMachine } from '../support/test-key-store';

const root = process.cwd();
const rendererDir = path.join(root, 'dist', 'renderer');
export { APP_ORIGIN };
/** The name of the example network the empty Overblik offers to load. */
export const EXAMPLE_NETWORK = 'Flere unge i job og uddannelse';
const screenshotDir = path.join(root, 'artifacts', 'screenshots');

/** The app under test and ways to look behind it. */
export interface TestApp {
  page: Page;
  dataDir: string;
  /** The data file as it lies on disk right now. */
  readDataFile(): Promise<AppData>;
  /** Closes the services, reopens them from disk and reloads the page: proves what was saved survives. */
  restart(whileClosed?: () => Promise<void>): Promise<void>;
  /** Saves a screenshot of the window (or of one element scrolled into view) for people to look at. */
  screenshot(name: string, scrollTo?: string): Promise<void>;
  /** Folder where the save-dialog test double puts exported files. */
  exportDir: string;
  /** Paths the save dialog returned, in order: what the user "chose". */
  savedFiles: string[];
  /** Files the app asked the system to open ("file:<path>"), in order; folders cannot be opened here. */
  openedBySystem: string[];
  /** Opens the app at a hash route and waits for it to be ready. */
  open(hash?: string): Promise<void>;
  /**
   * Opens the empty Overblik, loads the example network as a newcomer would, waits for its page and closes
   * the toasts; returns the network's stored id.
   */
  loadExample(): Promise<string>;
  /**
   * Calls a channel straight on the services, as setup behind the app's back; fails the test with the
   * service's message if the call is refused. The page sees the change after its next load.
   */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ResultOf<C>>;
  /** The channels a page (the main window or one it opened) has called so far, in order. */
  channelsCalledBy(caller: Page): string[];
  /** Closes every toast, so a screenshot shows the screen itself (works in Danish and English). */
  dismissToasts(): Promise<void>;
}

export const test = base.extend<{ app: TestApp; machineKeyStore: boolean }, { browser: Browser }>({
  /** False: a computer with no OS key store (as the preview, Linux without a keyring), where a passcode must be chosen. */
  machineKeyStore: [true, { option: true }],

  browser: [
    async ({}, use) => {
      const found = await findChromium();
      if (!found) throw new Error(describeChromiumSearch());
      // --lang makes built-in controls (date pickers) speak Danish, as on a Danish user's machine.
      const browser = await chromium.launch({
        executablePath: found.path,
        args: [...chromiumLaunchArgs(), '--lang=da-DK'],
        env: { ...process.env, LANG: 'da_DK.UTF-8', LANGUAGE: 'da' },
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page, machineKeyStore }, use) => {
    if (!existsSync(path.join(rendererDir, 'index.html')) || !existsSync(BRIDGE_FILE)) {
      throw new Error('The app is not built: run "npm run build" first.');
    }
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-e2e-'));
    const exportDir = path.join(dataDir, 'eksport');
    await fs.mkdir(exportDir);
    const savedFiles: string[] = [];
    // Stands in for the native save dialog: "chooses" a file in the export folder, as a user would.
    // In a folder the user chose ("Vælg en anden mappe" picks `valgt-mappe`) it keeps the proposed name, as the preview does.
    const saveDialog: SaveDialog = async (request) => {
      const target =
        request.folder && request.folder !== exportDir
          ? path.join(request.folder, request.defaultFileName)
          : path.join(exportDir, `${savedFiles.length + 1}-${request.defaultFileName}`);
      savedFiles.push(target);
      return target;
    };
    const chooseFolder = async () => {
      const chosen = path.join(dataDir, 'valgt-mappe');
      await fs.mkdir(chosen, { recursive: true });
      return chosen;
    };
    const openedBySystem: string[] = [];
    // This machine's test key store; the recovery code counts as kept, so no dialog opens in specs not about it.
    const start = async () => {
      const started = await startServices({
        dataDir,
        appVersion: 'e2e',
        keyStore: machineKeyStore ? thisMachine : null,
        saveDialog,
        exportFolder: exportDir,
        chooseFolder,
        openFile: async (file) => (openedBySystem.push(`file:${file}`), true),
        passwordCost: FAST_TEST_SCRYPT,
      });
      await acknowledgeRecoveryCode(started);
      return started;
    };
    let services: AppServices = await start();

    // On the context, not the page: a window the app opens (the projector view) is bridged as well.
    const channelsCalled = new Map<Page, string[]>();
    await bridgeToServices(
      page.context(),
      () => services.dispatch,
      (caller, channel) => channelsCalled.set(caller, [...(channelsCalled.get(caller) ?? []), String(channel)]),
    );
    await serveBuiltPage(page.context(), rendererDir);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    const app: TestApp = {
      page,
      dataDir,
      exportDir,
      savedFiles,
      openedBySystem,
      readDataFile: async () => savedData(dataDir),
      restart: async (whileClosed) => {
        await services.close();
        await whileClosed?.();
        services = await start();
        // A call refused while the services were closed makes the page start over by itself; then reload once more.
        await page.reload().catch(() => page.reload());
        await page.locator('main[aria-busy="false"]').waitFor();
      },
      screenshot: async (name, scrollTo) => {
        await fs.mkdir(screenshotDir, { recursive: true });
        if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
      },
      open: async (hash = '#/') => {
        await page.goto(`${APP_ORIGIN}/index.html${hash}`);
        await page.locator('main[aria-busy="false"]').waitFor();
      },
      loadExample: async () => {
        await app.open();
        await page.getByRole('button', { name: 'Indlæs et eksempelnetværk' }).click();
        // The toast comes when loading is over and the app has moved on, so a later page.goto is not overtaken.
        await expect(page.getByTestId('toast').filter({ hasText: 'Eksempelnetværket er indlæst' })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: EXAMPLE_NETWORK })).toBeVisible();
        await app.dismissToasts();
        return services.store.data.networks.find((n) => n.name === EXAMPLE_NETWORK)!.id;
      },
      call: (channel, input) => must(services, channel, input),
      channelsCalledBy: (caller) => channelsCalled.get(caller) ?? [],
      dismissToasts: async () => {
        const closers = page.getByTestId('toast').getByRole('button', { name: /^(Luk|Close)$/ });
        while ((await closers.count()) > 0) await closers.first().click();
      },
    };
    await use(app);
    await services.close();
    await fs.rm(dataDir, { recursive: true, force: true });
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
  },
});

export { expect } from '@playwright/test';
