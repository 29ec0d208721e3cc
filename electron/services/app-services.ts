import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatcher';
import { DEFAULT_SCRYPT, type ScryptParams } from './crypto/kdf';
import type { KeyStore } from './crypto/key-store';
import { createHandlers, type Handlers, type SessionHandlers } from './handlers';
import { purgeTrash } from './data-safety/purge-trash';
import { makeFolderPrivate } from './privacy/private-modes';
import { CURRENT_SCHEMA_VERSION } from './storage/app-data';
import { acquireDataFolderLock, type DataFolderLock } from './storage/data-folder-lock';
import { DATA_FILE } from './storage/data-file';
import { isCannotWrite, readOnlyForError, readOnlyForLock } from './storage/read-only';
import { openStore, type OpenedStore, type Store } from './storage/store';
import { plainCodec, type StoreCodec } from './storage/codec';
import type { SaveDialog } from './export/save-export';
import { AppLock } from './vault/app-lock';
import { Backoff } from './vault/backoff';
import { Vault } from './vault/vault';
import { vaultGate } from './vault/vault-gate';
import { vaultHandlers } from './vault/vault-handlers';
import { vaultClosedError } from './vault/vault-messages';
import { channelNames, type ChannelName } from '../shared/contract';
import { ExportDesk, standardExportFolder } from './export/export-desk';
import type { PrintToPdf } from '../shared/contract/documents';
import type { StartupNotice } from '../shared/entities';
import type { AppInfo, ReadOnlyInfo, StorageStatus } from '../shared/contract/app';

/** What a host (Electron main, the browser preview, a test) hands the services. */
export interface ServiceDeps {
  /** The folder that holds the user's data; the host decides where. */
  dataDir: string;
  appVersion: string;
  /**
   * The host's OS key store (Electron's safeStorage), or null where there is none (the preview,
   * Linux without a keyring): then a passcode chosen at first start wraps the data key.
   */
  keyStore: KeyStore | null;
  /** Tests and the bench only: keep the data folder in the old plain form. Hosts never set it. */
  plainStorage?: true;
  clock?: Clock;
  /** The host's save dialog (Electron's native one, the preview's download folder, a test double). */
  saveDialog: SaveDialog;
  /** Shows a folder in the system's file manager (Electron's shell); without it the UI only shows the path. */
  openFolder?: (folder: string) => Promise<boolean>;
  /** Opens a file in its own program (Electron's shell); without it "Åbn fil" says where the file is. */
  openFile?: (file: string) => Promise<boolean>;
  /** Lets the user pick a folder (the export folder); without it the folder can only be reset. */
  chooseFolder?: (current: string) => Promise<string | null>;
  /** True when `saveDialog` asks before replacing a file itself (the native one); else the app asks. */
  dialogAsksBeforeReplacing?: boolean;
  /** The export folder until the user chooses one; Downloads/Ledelsesrum when not given. */
  exportFolder?: string;
  /**
   * Where wrong guesses of the passcode and recovery code are counted between runs: a file outside the
   * data folder (`attemptsFileFor`). Without it they are counted in memory only (tests, the bench).
   */
  attemptsFile?: string;
  /** scrypt's cost for passwords, the passcode and the recovery code; only tests lower it. */
  passwordCost?: ScryptParams;
  /** Prints a document's print view to PDF (Electron's printToPDF); without it "Gem som PDF" uses the browser's print. */
  printToPdf?: PrintToPdf;
}

/** The running services as one unit a host can call and close. */
export interface AppServices {
  dispatch: Dispatch;
  /** The store now in use (a new one after "Åbn alligevel" or unlocking); throws while the data is closed. */
  readonly store: Store;
  readonly notices: StartupNotice[];
  close(): Promise<void>;
}

/** The folder lock, or why there is none and the data opens read-only. */
interface Hold {
  lock: DataFolderLock | null;
  readOnly: ReadOnlyInfo | null;
}

/** One opening of the data: the store and the channels bound to it. */
interface Session {
  opened: OpenedStore;
  handlers: SessionHandlers;
}

/**
 * Locks the data folder, finds its key, opens the data and wires every channel. While the key is
 * not found (a passcode or the recovery code is needed) only the vault's channels and app:info
 * answer. When the folder cannot be written (a full disk, no permission, another app holding it)
 * the data opens read-only and every changing channel is refused; a folder from a newer Ledelsesrum
 * is refused whole.
 */
export async function startServices(deps: ServiceDeps): Promise<AppServices> {
  const clock = deps.clock ?? systemClock;
  let hold = await holdFolder(deps.dataDir, false);
  let session: Session | null = null;
  let codec: StoreCodec = plainCodec;

  const status = (): StorageStatus => ({
    readOnly: session?.opened.store.readOnly ?? hold.readOnly,
    backupProblem: session?.opened.backups.problem ?? null,
  });
  const openSession = async (): Promise<Session> => {
    const opened = await openData(deps.dataDir, clock, codec, hold, (error) => {
      hold = { lock: null, readOnly: readOnlyForError(error) };
    });
    // The one export save path; the folder the user chose is kept in her profile.
    const exports = new ExportDesk(
      {
        dialog: deps.saveDialog,
        dialogAsksBeforeReplacing: deps.dialogAsksBeforeReplacing ?? false,
        defaultFolder: deps.exportFolder ?? standardExportFolder(),
        ...(deps.chooseFolder ? { chooseFolder: deps.chooseFolder } : {}),
        openFolder: deps.openFolder ?? (async () => false),
        openFile: deps.openFile ?? (async () => false),
      },
      {
        get: () => opened.store.data.profile.exportFolder,
        set: (folder) =>
          opened.store.mutate((data) => {
            const { exportFolder: _previous, ...rest } = data.profile;
            data.profile = folder === undefined ? rest : { ...rest, exportFolder: folder };
          }),
      },
    );
    // Deleted records older than the trash's window are purged at every start.
    if (!opened.store.readOnly)
      await purgeTrash(opened.store, opened.backups, clock, 'expired').catch((error: unknown) =>
        console.error('Purging the trash failed', error),
      );
    const handlers = createHandlers(
      {
        store: opened.store,
        clock,
        saveDialog: exports,
        ...(deps.passwordCost ? { passwordCost: deps.passwordCost } : {}),
        ...(deps.printToPdf ? { printToPdf: deps.printToPdf } : {}),
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
    return { opened, handlers };
  };
  /** "Åbn alligevel": take the lock over and reopen for writing; read-only stays if that still cannot be done. */
  const openAnyway = async (): Promise<StorageStatus> => {
    if (!session || !status().readOnly?.canOpenAnyway) return status();
    const taken = await holdFolder(deps.dataDir, true);
    if (!taken.lock) return status();
    const previous = session;
    const before = hold;
    hold = taken;
    const next = await openSession().catch(async (error: unknown) => {
      await taken.lock?.release();
      hold = before;
      throw error;
    });
    if (next.opened.store.readOnly) {
      await closeSession(next);
      await taken.lock?.release();
      hold = before;
      return status();
    }
    session = next;
    await closeSession(previous);
    return status();
  };

  // One count of wrong guesses for the lock screen and the settings' "current passcode".
  const backoff = new Backoff(clock, deps.attemptsFile ?? null, () => hold.readOnly === null);
  const vault = new Vault({
    dataDir: deps.dataDir,
    keyStore: deps.keyStore,
    cost: deps.passwordCost ?? DEFAULT_SCRYPT,
    clock,
    backoff,
    canWrite: () => hold.readOnly === null,
    openData: async (found) => {
      codec = found;
      session = await openSession();
    },
  });
  const closedInfo = (): AppInfo => ({
    version: deps.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    dataFolder: deps.dataDir,
    dataFile: path.join(deps.dataDir, DATA_FILE),
    notices: [],
    readOnly: hold.readOnly,
    canSavePdf: deps.printToPdf !== undefined,
  });
  const onSession = (name: ChannelName) => (input: unknown) => {
    if (name === 'app:info' && !session) return closedInfo();
    if (!session) throw vaultClosedError();
    return (session.handlers[name as keyof SessionHandlers] as (input: unknown) => unknown)(input);
  };
  const appLock = new AppLock({
    vault,
    keyStore: deps.keyStore,
    cost: deps.passwordCost ?? DEFAULT_SCRYPT,
    backoff,
    canWrite: () => hold.readOnly === null,
    // The folder lock stays held: locked is not closed, and no other copy may open the folder meanwhile.
    closeData: async () => {
      const open = session;
      session = null;
      if (open) await closeSession(open);
    },
  });
  const forVault = vaultHandlers(
    vault,
    {
      saveDialog: deps.saveDialog,
      clock,
      dataDir: deps.dataDir,
      store: () => session?.opened.store ?? null,
    },
    appLock,
  );
  const handlers = Object.fromEntries(
    channelNames.map((name) => [name, name in forVault ? forVault[name as keyof typeof forVault] : onSession(name)]),
  ) as Handlers;
  const dispatch = createDispatcher(
    handlers,
    console.error,
    () => session?.opened.store.readOnly ?? null,
    vaultGate(() => session !== null),
  );

  try {
    if (deps.plainStorage) await vault.startPlain();
    else await vault.start();
  } catch (error) {
    await hold.lock?.release().catch(() => undefined);
    throw error;
  }
  return {
    dispatch,
    get store() {
      if (!session) throw vaultClosedError();
      return session.opened.store;
    },
    get notices() {
      return session?.opened.notices ?? [];
    },
    close: async () => {
      if (session) await closeSession(session);
      session = null;
      await hold.lock?.release();
    },
  };
}

async function closeSession(session: Session): Promise<void> {
  // A failed fold leaves the journal in place, which still holds every save.
  await session.opened.store.close().catch((error: unknown) => console.error('Closing the data file failed', error));
  await session.opened.backups.flushPending();
}

/** Takes the folder's lock, or says why the data must open read-only. */
async function holdFolder(dataDir: string, force: boolean): Promise<Hold> {
  try {
    await makeFolderPrivate(dataDir);
    const outcome = await acquireDataFolderLock(dataDir, { force });
    if (outcome.kind === 'held') return { lock: null, readOnly: readOnlyForLock(outcome.holder, outcome.provenAlive) };
    return { lock: outcome.lock, readOnly: null };
  } catch (error) {
    if (isCannotWrite(error)) return { lock: null, readOnly: readOnlyForError(error) };
    throw error;
  }
}

/** Opens the data for writing under the lock, or read-only when it cannot be written (and says why). */
async function openData(
  dataDir: string,
  clock: Clock,
  codec: StoreCodec,
  hold: Hold,
  lostWrite: (error: unknown) => void,
): Promise<OpenedStore> {
  if (hold.readOnly) return openStore(dataDir, clock, { codec, readOnly: hold.readOnly });
  try {
    return await openStore(dataDir, clock, { codec });
  } catch (error) {
    if (!isCannotWrite(error)) throw error;
    await hold.lock?.release().catch(() => undefined);
    lostWrite(error);
    return openStore(dataDir, clock, { codec, readOnly: readOnlyForError(error) });
  }
}
