import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../electron/shared/contract';

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
    quits: 0,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    offlineFilter: null as { urls: string[] } | null,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as Array<{ options: Record<string, unknown>; url: string | null }>,
    menuSet: 0,
    errorBoxes: [] as string[],
  };
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (record.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (record.permissionCheck = handler),
    setSpellCheckerDictionaryDownloadURL: () => undefined,
    webRequest: { onBeforeRequest: (filter: { urls: string[] }) => (record.offlineFilter = filter) },
  };
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    entry: { options: Record<string, unknown>; url: string | null };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, url: null };
      record.windows.push(this.entry);
      BrowserWindow.all.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.entry.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => {
        record.lockAsked += 1;
        return true;
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
    safeStorage: { isEncryptionAvailable: () => false },
    dialog: { showErrorBox: (_title: string, text: string) => record.errorBoxes.push(text), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    Menu: { setApplicationMenu: () => (record.menuSet += 1), buildFromTemplate: (template: unknown) => template },
  };
  return { record, electron, ready: () => resolveReady() };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ledelsesrum-shell-'));
process.env.LEDELSESRUM_DATA_DIR = dataDir;

async function startedMain(): Promise<typeof fake.record> {
  await import('../../../electron/main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.record.windows.length).toBe(1));
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

    // The window: secure preferences and our own start page.
    const window = record.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.url).toBe('app://ledelsesrum/index.html');
    expect(record.menuSet).toBe(1);

    // app:// is privileged and served by our handler, which refuses paths outside the renderer folder.
    expect(record.schemes).toHaveLength(1);
    const serve = record.protocolHandlers.get('app');
    expect(serve).toBeTypeOf('function');
    const outside = (await serve!({ url: 'app://ledelsesrum/../../package.json' })) as Response;
    expect(outside.status).toBe(404);

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

    // Quit is held until the store is closed, then happens.
    const quit = { prevented: false, preventDefault: () => (quit.prevented = true) };
    const quitsBefore = record.quits;
    for (const listener of record.appListeners.get('will-quit') ?? []) listener(quit);
    expect(quit.prevented).toBe(true);
    await vi.waitFor(() => expect(record.quits).toBe(quitsBefore + 1));
    expect(record.errorBoxes).toEqual([]);
  });

  it.skip('reads the fuses back from a packaged binary (no Electron binary can be built or run on this machine)', () => {});
});
