import { systemClock, type Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatcher';
import type { ScryptParams } from './crypto/kdf';
import { createHandlers } from './handlers';
import { purgeTrash } from './data-safety/purge-trash';
import { makeFolderPrivate } from './privacy/private-modes';
import { acquireDataFolderLock, type DataFolderLock } from './storage/data-folder-lock';
import { isCannotWrite, readOnlyForError, readOnlyForLock } from './storage/read-only';
import { openStore, type OpenedStore, type Store } from './storage/store';
import type { StoreCodec } from './storage/codec';
import type { SaveDialog } from './export/save-export';
import type { StartupNotice } from '../shared/entities';
import type { ReadOnlyInfo, StorageStatus } from '../shared/contract/app';

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
  /** The store now in use; a new one after "Åbn alligevel". */
  readonly store: Store;
  readonly notices: StartupNotice[];
  close(): Promise<void>;
}

/** One opening of the data folder: its lock (none when read-only), store and channels. */
interface Session {
  opened: OpenedStore;
  lock: DataFolderLock | null;
  dispatch: Dispatch;
}

/**
 * Locks the data folder, opens the data and wires every channel. When the folder cannot be
 * written (a full disk, no permission, another app holding it) the data opens read-only and
 * every changing channel is refused; a folder from a newer Ledelsesrum is refused whole.
 */
export async function startServices(deps: ServiceDeps): Promise<AppServices> {
  const clock = deps.clock ?? systemClock;
  let session: Session;
  const status = (): StorageStatus => ({
    readOnly: session.opened.store.readOnly,
    backupProblem: session.opened.backups.problem,
  });
  const openSession = async (force: boolean): Promise<Session> => {
    const { opened, lock } = await openData(deps, clock, force);
    // Deleted records older than the trash's window are purged at every start.
    if (!opened.store.readOnly)
      await purgeTrash(opened.store, opened.backups, clock, 'expired').catch((error: unknown) =>
        console.error('Purging the trash failed', error),
      );
    const handlers = createHandlers(
      {
        store: opened.store,
        clock,
        saveDialog: deps.saveDialog,
        ...(deps.passwordCost ? { passwordCost: deps.passwordCost } : {}),
      },
      {
        version: deps.appVersion,
        dataFolder: deps.dataDir,
        notices: opened.notices,
        backups: opened.backups,
        openFolder: deps.openFolder ?? (async () => false),
        status,
        openAnyway,
      },
    );
    return { opened, lock, dispatch: createDispatcher(handlers, console.error, () => opened.store.readOnly) };
  };
  /** "Åbn alligevel": take the lock over and reopen for writing; read-only stays if that still cannot be done. */
  const openAnyway = async (): Promise<StorageStatus> => {
    if (!session.opened.store.readOnly?.canOpenAnyway) return status();
    const next = await openSession(true);
    if (next.opened.store.readOnly) {
      await closeSession(next);
      return status();
    }
    const previous = session;
    session = next;
    await closeSession(previous);
    return status();
  };
  session = await openSession(false);
  return {
    dispatch: (channel, input) => session.dispatch(channel, input),
    get store() {
      return session.opened.store;
    },
    get notices() {
      return session.opened.notices;
    },
    close: () => closeSession(session),
  };
}

async function closeSession(session: Session): Promise<void> {
  // A failed fold leaves the journal in place, which still holds every save.
  await session.opened.store.close().catch((error: unknown) => console.error('Closing the data file failed', error));
  await session.opened.backups.flushPending();
  await session.lock?.release();
}

/** Takes the lock and opens the data for writing, or opens it read-only and says why. */
async function openData(
  deps: ServiceDeps,
  clock: Clock,
  force: boolean,
): Promise<{ opened: OpenedStore; lock: DataFolderLock | null }> {
  const codec = deps.codec ? { codec: deps.codec } : {};
  const readOnly = async (why: ReadOnlyInfo) => ({
    opened: await openStore(deps.dataDir, clock, { ...codec, readOnly: why }),
    lock: null,
  });
  let lock: DataFolderLock;
  try {
    await makeFolderPrivate(deps.dataDir);
    const outcome = await acquireDataFolderLock(deps.dataDir, { force });
    if (outcome.kind === 'held') return readOnly(readOnlyForLock(outcome.holder, outcome.provenAlive));
    lock = outcome.lock;
  } catch (error) {
    if (isCannotWrite(error)) return readOnly(readOnlyForError(error));
    throw error;
  }
  try {
    return { opened: await openStore(deps.dataDir, clock, codec), lock };
  } catch (error) {
    await lock.release().catch(() => undefined);
    if (isCannotWrite(error)) return readOnly(readOnlyForError(error));
    throw error;
  }
}
