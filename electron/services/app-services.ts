import { systemClock, type Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { ScryptParams } from './crypto/kdf';
import { createHandlers } from './handlers';
import { makeFolderPrivate } from './privacy/private-modes';
import { acquireDataFolderLock } from './storage/data-folder-lock';
import { openStore, type Store } from './storage/store';
import type { StoreCodec } from './storage/codec';
import type { SaveDialog } from './export/save-export';
import type { StartupNotice } from '../shared/entities';

/** What a host (Electron main, the browser preview, a test) hands the services. */
export interface ServiceDeps {
  /** The folder that holds the user's data; the host decides where. */
  dataDir: string;
  appVersion: string;
  clock?: Clock;
  /** The host's save dialog (Electron's native one, the preview's download folder, a test double). */
  saveDialog: SaveDialog;
  /** Shows a folder in the system's file manager (Electron's shell); without it the UI only shows the path. */
  openFolder?: (folder: string) => Promise<boolean>;
  /** scrypt's cost for passwords; only tests lower it. */
  passwordCost?: ScryptParams;
  /** How the data folder's files are encoded on disk; plain JSON when not given. */
  codec?: StoreCodec;
}

/** The running services as one unit a host can call and close. */
export interface AppServices {
  dispatch: Dispatch;
  store: Store;
  notices: StartupNotice[];
  close(): Promise<void>;
}

/** Locks the data folder, opens the data and wires every channel. */
export async function startServices(deps: ServiceDeps): Promise<AppServices> {
  const clock = deps.clock ?? systemClock;
  await makeFolderPrivate(deps.dataDir);
  const lock = await acquireDataFolderLock(deps.dataDir);
  try {
    const { store, notices, backups } = await openStore(deps.dataDir, clock, deps.codec ? { codec: deps.codec } : {});
    const handlers = createHandlers(
      { store, clock, saveDialog: deps.saveDialog, ...(deps.passwordCost ? { passwordCost: deps.passwordCost } : {}) },
      {
        version: deps.appVersion,
        dataFolder: deps.dataDir,
        notices,
        backups,
        openFolder: deps.openFolder ?? (async () => false),
      },
    );
    return {
      dispatch: createDispatcher(handlers),
      store,
      notices,
      close: async () => {
        // A failed fold leaves the journal in place, which still holds every save.
        await store.close().catch((error: unknown) => console.error('Closing the data file failed', error));
        await backups.flushPending();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
