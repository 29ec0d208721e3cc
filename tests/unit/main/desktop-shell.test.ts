import { promises as fsp, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OFFLINE_DICTIONARY_URL } from '../../../electron/main/security/offline-session';
import { channelNames } from '../../../electron/shared/contract';
import { contentSecurityPolicy } from '../../../electron/shared/security/csp';

// The desktop binary cannot run here: the main process runs against a small fake `electron` that records the wiring.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener[]>();
  const on = (map: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    map.set(name, [...(map.get(name) ?? []), listener]);
  };
  const record = {
    appListeners,
    lockAsked: 0,
    lockGranted: true,
    quits: 0,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    offlineFilter: null as { urls: string[] } | null,
    offlineFilterListener: null as Listener | null,
    dictionaryUrl: null as string | null,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as Array<{
      options: Record<string, unknown>;
      url: string | null;
      shown: number;
      focused: number;
      restored: number;
      listeners: Map<string, Listener>;
    }>,
    menuSet: 0,
    menu: null as unknown,
    errorBoxes: [] as string[],
    messageBoxes: [] as string[],
    reloads: 0,
  };
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (record.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (record.permissionCheck = handler),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (record.dictionaryUrl = url),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => {
        record.offlineFilter = filter;
        record.offlineFilterListener = listener;
      },
    },
  };
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    static getFocusedWindow = () => null;
    entry: (typeof record.windows)[number];
    webContents: { reload(): void };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, url: null, shown: 0, focused: 0, restored: 0, listeners: new Map() };
      this.webContents = { reload: () => (record.reloads += 1) };
      record.windows.push(this.entry);
      BrowserWindow.all.push(this);
    }
    once(name: string, listener: Listener) {
      this.entry.listeners.set(name, listener);
    }
    on(name: string, listener: Listener) {
      this.entry.listeners.set(name, listener);
      // A closed window leaves the list, as in Electron.
      if (name === 'closed')
        this.entry.listeners.set('closed', () => {
          BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
          listener();
        });
    }
    show() {
      this.entry.shown += 1;
    }
    isMinimized() {
      return true;
    }
    restore() {
      this.entry.restored += 1;
    }
    focus() {
      this.entry.focused += 1;
    }
    loadURL(url: string) {
      this.entry.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => {
        record.lockAsked += 1;
        return record.lockGranted;
      },
      on: on(appListeners),
      whenReady: () => ready,
      quit: () => (record.quits += 1),
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    ipcMain: { handle: (name: string, handler: Listener) => record.ipcHandlers.set(name, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: Listener) => record.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session },
    // A keyring that works, so the data opens as on a desktop with one (the wrapping is only a stand-in).
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (text: string) => Buffer.from(`nøglering:${text}`),
      decryptStringAsync: async (bytes: Buffer) => ({
        result: bytes.toString().replace(/^nøglering:/, ''),
        shouldReEncrypt: false,
      }),
    },
    dialog: {
      showErrorBox: (_title: string, text: string) => record.errorBoxes.push(text),
      showMessageBox: async ({ message }: { message: string }) => record.messageBoxes.push(message),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    Menu: {
      setApplicationMenu: (menu: unknown) => {
        record.menuSet += 1;
        record.menu = menu;
      },
      buildFromTemplate: (template: unknown) => template,
    },
  };
  return { record, electron, ready: () => resolveReady() };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
// The shell's wiring is under test, not scrypt: the first start's recovery slot is derived at the tests' cheap cost
// (the shell passes no cost of its own, so the app keeps the real default).
vi.mock('../../../electron/services/crypto/kdf', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/services/crypto/kdf')>()),
  DEFAULT_SCRYPT: { N: 2 ** 10, r: 8, p: 1 },
}));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ledelsesrum-shell-'));
process.env.LEDELSESRUM_DATA_DIR = dataDir;

async function startedMain(): Promise<typeof fake.record> {
  await import('../../../electron/main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.record.windows.length).toBe(1), { timeout: 10_000 });
  return fake.record;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the desktop shell, run against a fake electron', () => {
  it('wires the app: lock, guards, secure window, app:// with its policy, one checked handler per channel, quit waits', async () => {
    const record = await startedMain();
    expect(record.lockAsked).toBe(1);
    expect(record.appListeners.has('second-instance')).toBe(true);
    // Permissions: every request and check is refused.
    const answers: boolean[] = [];
    record.permissionRequest?.(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(record.permissionCheck?.(null, 'notifications')).toBe(false);
    expect(record.offlineFilter?.urls).toContain('https://*/*');
    const cancelled: boolean[] = [];
    record.offlineFilterListener?.({ url: 'https://example.org/' }, (r: { cancel: boolean }) =>
      cancelled.push(r.cancel),
    );
    expect(cancelled).toEqual([true]);
    expect(record.dictionaryUrl).toBe(OFFLINE_DICTIONARY_URL);

    // Every web contents gets the guard: no navigation away, no new windows to the web.
    const contentsListeners = new Map<string, (...args: unknown[]) => unknown>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, listener: (...args: unknown[]) => unknown) => contentsListeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    for (const listener of record.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    const navigation = { prevented: false, preventDefault: () => (navigation.prevented = true) };
    contentsListeners.get('will-navigate')?.(navigation, 'https://example.org/');
    expect(navigation.prevented).toBe(true);
    expect(openHandler!({ url: 'https://example.org/' }).action).toBe('deny');
    const redirect = { prevented: false, preventDefault: () => (redirect.prevented = true) };
    contentsListeners.get('will-redirect')?.(redirect, 'https://example.org/');
    expect(redirect.prevented).toBe(true);
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    contentsListeners.get('will-attach-webview')?.(webview);
    expect(webview.prevented).toBe(true);
    // The one window a page may open is the projector view, with the same secure preferences and preload.
    const opened = openHandler!({ url: 'app://ledelsesrum/index.html#/moeder/m1/skaerm' }) as {
      action: string;
      overrideBrowserWindowOptions?: { webPreferences?: Record<string, unknown> };
    };
    expect(opened.action).toBe('allow');
    expect(opened.overrideBrowserWindowOptions?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
    });
    expect(String(opened.overrideBrowserWindowOptions?.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/);

    // The window: secure preferences and our own start page.
    const window = record.windows[0]!;
    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      title: 'Ledelsesrum',
      show: false,
    });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((window.options.webPreferences as Record<string, unknown>).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect(window.url).toBe('app://ledelsesrum/index.html');
    expect(record.menuSet).toBe(1);
    window.listeners.get('ready-to-show')?.();
    expect(window.shown).toBe(1);
    // A second start brings the open window forward instead of opening the same data twice.
    for (const listener of record.appListeners.get('second-instance') ?? []) listener();
    expect([window.restored, window.focused]).toEqual([1, 1]);

    // app:// is privileged and served by our handler, which refuses paths outside the renderer folder.
    expect(record.schemes).toHaveLength(1);
    const serve = record.protocolHandlers.get('app');
    expect(serve).toBeTypeOf('function');
    const outside = (await serve!({ url: 'app://ledelsesrum/../../package.json' })) as Response;
    expect(outside.status).toBe(404);
    // A file of the renderer is served with the strict CSP (the built renderer is stood in for here).
    const index = path.resolve('electron', 'renderer', 'index.html');
    const realReadFile = fsp.readFile.bind(fsp);
    const reads = vi
      .spyOn(fsp, 'readFile')
      .mockImplementation(((file: string, options?: never) =>
        file === index ? Promise.resolve(Buffer.from('<!doctype html>')) : realReadFile(file, options)) as never);
    const served = (await serve!({ url: 'app://ledelsesrum/index.html' })) as Response;
    reads.mockRestore();
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(served.headers.get('content-type')).toMatch(/^text\/html/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');

    // One handler per channel; a call from our page reaches the services, any other caller is refused.
    expect([...record.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    const ownPage = { senderFrame: { url: 'app://ledelsesrum/index.html', top: null as unknown }, sender: { id: 1 } };
    ownPage.senderFrame.top = ownPage.senderFrame;
    const answer = (await record.ipcHandlers.get('app:info')!(ownPage, {})) as { ok: boolean; value?: unknown };
    expect(answer.ok).toBe(true);
    expect(answer.value).toMatchObject({ version: '0.0.0-test' });
    const stranger = { senderFrame: { url: 'https://example.org/', top: null as unknown }, sender: { id: 2 } };
    stranger.senderFrame.top = stranger.senderFrame;
    expect(((await record.ipcHandlers.get('app:info')!(stranger, {})) as { ok: boolean }).ok).toBe(false);
    // A call whose frame is already gone (navigated away, destroyed) is refused too.
    const frameless = { senderFrame: null, sender: { id: 1 } };
    expect(((await record.ipcHandlers.get('app:info')!(frameless, {})) as { ok: boolean }).ok).toBe(false);
    const call = async (channel: string, sender: unknown, input: unknown = {}) =>
      (await record.ipcHandlers.get(channel)!(sender, input)) as { ok: boolean; value?: unknown };
    // The services got the host's save dialog and folder opener.
    expect(await call('data:export', ownPage)).toMatchObject({ ok: true, value: { saved: false } });
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await call('app:open-data-folder', ownPage)).toMatchObject({ ok: true, value: { opened: true } });
    expect(fake.electron.shell.openPath).toHaveBeenCalledWith(dataDir);
    // A projector window may call its projection and the profile, nothing else.
    contentsListeners.get('did-create-window')?.({ webContents: { id: 7, once: () => undefined } });
    const projector = { senderFrame: ownPage.senderFrame, sender: { id: 7 } };
    expect((await call('profile:get', projector)).ok).toBe(true);
    expect((await call('networks:list', projector)).ok).toBe(false);
    expect((await call('networks:list', ownPage)).ok).toBe(true);

    // Closing the last window quits (not on macOS); the dock's "activate" brings a window back when none is open.
    window.listeners.get('closed')?.();
    // A closed window is let go: a second start no longer reaches for it.
    for (const listener of record.appListeners.get('second-instance') ?? []) listener();
    expect(window.focused).toBe(1);
    const quitsOnClose = record.quits;
    for (const listener of record.appListeners.get('window-all-closed') ?? []) listener();
    expect(record.quits).toBe(quitsOnClose + 1);
    for (const listener of record.appListeners.get('activate') ?? []) listener();
    expect(record.windows).toHaveLength(2);

    // "Lås Ledelsesrum" in the menu: refused (and said so) without a passcode; with one, every window starts over.
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const items = (record.menu as Item[]).flatMap((item) => item.submenu ?? []);
    const lockItem = items.find((item) => item.label === 'Lås Ledelsesrum')!;
    lockItem.click!();
    await vi.waitFor(() => expect(record.messageBoxes).toHaveLength(1));
    expect(record.messageBoxes[0]).toMatch(/adgangskode/i);
    expect(record.reloads).toBe(0);
    expect((await call('vault:set-passcode', ownPage, { passcode: 'en lang kode 42' })).ok).toBe(true);
    lockItem.click!();
    await vi.waitFor(() => expect(record.reloads).toBe(fake.electron.BrowserWindow.getAllWindows().length));
    expect(record.reloads).toBeGreaterThan(0);
    expect(((await call('vault:status', ownPage)) as { value: { kind: string } }).value.kind).toBe('closed');

    // Quit is held until the store is closed, then happens.
    const quit = { prevented: false, preventDefault: () => (quit.prevented = true) };
    const quitsBefore = record.quits;
    for (const listener of record.appListeners.get('will-quit') ?? []) listener(quit);
    expect(quit.prevented).toBe(true);
    await vi.waitFor(() => expect(record.quits).toBe(quitsBefore + 1));
    // Once the store is closed, the quit it asked for goes through.
    const again = { prevented: false, preventDefault: () => (again.prevented = true) };
    for (const listener of record.appListeners.get('will-quit') ?? []) listener(again);
    expect(again.prevented).toBe(false);
    expect(record.errorBoxes).toEqual([]);
    // A menu click that comes after the services closed does nothing (and raises nothing).
    const reloadsAfterQuit = record.reloads;
    lockItem.click!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(record.reloads).toBe(reloadsAfterQuit);
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    vi.resetModules();
    const record = fake.record;
    const [quits, windows, handlers] = [record.quits, record.windows.length, record.ipcHandlers.size];
    record.lockGranted = false;
    try {
      await import('../../../electron/main/index');
      expect(record.quits).toBe(quits + 1);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(record.windows).toHaveLength(windows);
      expect(record.ipcHandlers.size).toBe(handlers);
    } finally {
      record.lockGranted = true;
    }
  });

  it('says why it cannot start and quits, opening no window, when the data folder cannot be opened', async () => {
    vi.resetModules();
    const record = fake.record;
    const [quits, windows] = [record.quits, record.windows.length];
    // A file where the folder should be: the services cannot open it.
    const notAFolder = path.join(dataDir, 'ikke-en-mappe');
    writeFileSync(notAFolder, 'x');
    process.env.LEDELSESRUM_DATA_DIR = notAFolder;
    try {
      await import('../../../electron/main/index');
      await vi.waitFor(() => expect(record.errorBoxes).toHaveLength(1));
      expect(record.quits).toBe(quits + 1);
      expect(record.windows).toHaveLength(windows);
    } finally {
      process.env.LEDELSESRUM_DATA_DIR = dataDir;
    }
  });

  it.skip('reads the fuses back from a packaged binary (no Electron binary can be built or run on this machine)', () => {});
});
