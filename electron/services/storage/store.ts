import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../shared/entities';
import type { Clock } from '../clock';
import { PRIVATE_DIR_MODE } from '../privacy/private-modes';
import { emptyAppData, type AppData } from './app-data';
import { plainCodec, type StoreCodec } from './codec';
import { DATA_FILE } from './data-file';
import { TEMP_PREFIX } from './durable-write';
import { Store } from './journaled-store';
import { QUARANTINE_DIR, quarantineCopy, quarantineFile } from './quarantine';
import { salvagedNotice } from './salvage-notice';
import { Backups } from './backups';
import { listJournals } from './journal';
import { readSavedState, type SavedState } from './saved-state';
import type { ReadOnlyInfo } from '../../shared/contract/app';
import { AppError } from '../../shared/app-error';
import { formatLongDate, utcToCopenhagen } from '../../shared/time';

export { DATA_FILE, interpret } from './data-file';
export { Store } from './journaled-store';

/** The store, its backups and what the user must be told about how it was opened. */
export interface OpenedStore {
  store: Store;
  backups: Backups;
  notices: StartupNotice[];
}

/**
 * Opens (or creates) the data file. A file that cannot be read, is not valid JSON, has the wrong
 * shape or comes from a newer app is moved aside untouched, never overwritten; the newest backup
 * that is sound takes its place, and the user is told what happened. A file from a newer app is
 * never touched: opening refuses with "Opdater Ledelsesrum". `readOnly` opens without writing
 * anything at all (no quarantine, no clean-up, no rewrite), for a folder that cannot be written.
 */
export async function openStore(
  dataDir: string,
  clock: Clock,
  options: { compactAfterBytes?: number; codec?: StoreCodec; readOnly?: ReadOnlyInfo } = {},
): Promise<OpenedStore> {
  const codec = options.codec ?? plainCodec;
  const readOnly = options.readOnly ?? null;
  const file = path.join(dataDir, DATA_FILE);
  const backups = new Backups(dataDir, clock, codec);
  const saved = await readSavedState(dataDir, codec);
  if (saved.kind === 'newer') throw newerVersionError(saved.schemaVersion);
  const open = async (
    data: AppData,
    notices: StartupNotice[],
    generation: number,
    write: boolean,
  ): Promise<OpenedStore> => {
    const store = new Store(file, data, {
      compactAfterBytes: options.compactAfterBytes,
      codec,
      generation,
      readOnly,
      afterSave: (text) => backups.afterSave(text),
    });
    if (write && !readOnly) await store.writeAll();
    return { store, backups, notices };
  };
  if (readOnly) return openReadOnly(saved, backups, open);
  await fs.mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await removeStaleTempFiles(dataDir);
  if (saved.kind === 'missing') return open(emptyAppData(), [], 0, true);

  if (saved.kind === 'ok') {
    const notices: StartupNotice[] = [];
    for (const journal of saved.damagedJournals) {
      const moved = await quarantineFile(dataDir, journal, clock.now());
      notices.push(damagedJournalNotice(path.join(QUARANTINE_DIR, path.basename(moved))));
    }
    if (saved.tornJournals.length > 0) notices.push(tornTailNotice());
    if (saved.leftOut.length > 0) {
      // The sound records load and the file is rewritten with them, so its untouched bytes go aside first.
      const copy = await quarantineCopy(dataDir, file, saved.raw, clock.now());
      notices.push(salvagedNotice(saved.leftOut, path.join(QUARANTINE_DIR, path.basename(copy))));
    }
    if (saved.migratedFrom !== null) {
      // Keep the file as it was before the upgrade, in case the new version has to be rolled back.
      await backups.create('safety', saved.raw);
      notices.push(migratedNotice(saved.migratedFrom));
    }
    const opened = await open(saved.data, notices, saved.nextGeneration, notices.length > 0);
    // Fold replayed journals into the data file, off the path of start-up.
    if (saved.replayed > 0) opened.store.compactSoon();
    return opened;
  }

  // The journals follow the damaged file, not the backup: they are kept aside with it.
  const moved = await quarantineFile(dataDir, file, clock.now());
  for (const journal of await listJournals(dataDir)) await quarantineFile(dataDir, journal.file, clock.now());
  const relative = path.join(QUARANTINE_DIR, path.basename(moved));
  const restored = await newestSoundBackup(backups);
  return open(
    restored?.data ?? emptyAppData(),
    [quarantinedNotice(saved.reason, relative, restored?.createdAt ?? null)],
    0,
    true,
  );
}

/** Read-only: what the folder holds, shown as it is; a damaged file stays where it is and a backup is shown instead. */
async function openReadOnly(
  saved: Exclude<SavedState, { kind: 'newer' }>,
  backups: Backups,
  open: (data: AppData, notices: StartupNotice[], generation: number, write: boolean) => Promise<OpenedStore>,
): Promise<OpenedStore> {
  if (saved.kind === 'missing') return open(emptyAppData(), [], 0, false);
  if (saved.kind === 'ok') {
    const notices = saved.damagedJournals.length > 0 ? [damagedJournalReadOnlyNotice()] : [];
    if (saved.tornJournals.length > 0) notices.push(tornTailNotice());
    return open(saved.data, notices, saved.nextGeneration, false);
  }
  const restored = await newestSoundBackup(backups);
  return open(
    restored?.data ?? emptyAppData(),
    [damagedReadOnlyNotice(saved.reason, restored?.createdAt ?? null)],
    0,
    false,
  );
}

/** The data folder holds a file from a newer Ledelsesrum: nothing is opened or changed. */
function newerVersionError(schemaVersion: number): AppError {
  return new AppError(
    'newer-version',
    `Dine data er gemt af en nyere version af Ledelsesrum (dataformat ${schemaVersion}), end den du har startet. ` +
      'Opdater Ledelsesrum til den nyeste version for at åbne dem. Intet i datamappen er ændret.',
    `Your data was saved by a newer version of Ledelsesrum (data format ${schemaVersion}) than the one you started. ` +
      'Update Ledelsesrum to the latest version to open it. Nothing in the data folder was changed.',
  );
}

/** The newest backup that reads and checks cleanly, if any. */
async function newestSoundBackup(backups: Backups): Promise<{ data: AppData; createdAt: string } | null> {
  for (const backup of await backups.list()) {
    const checked = await backups.open(backup.name);
    if (checked.ok && checked.leftOut.length === 0) return { data: checked.data, createdAt: backup.createdAt };
  }
  return null;
}

function migratedNotice(from: number): StartupNotice {
  return {
    id: `migrated-${from}`,
    kind: 'migrated',
    message: `Dine data er opdateret til det nye format (fra version ${from}). En kopi af den gamle fil ligger blandt sikkerhedskopierne.`,
    messageEn: `Your data was updated to the new format (from version ${from}). A copy of the old file is among the backups.`,
  };
}

function tornTailNotice(): StartupNotice {
  return {
    id: 'journal-torn-tail',
    kind: 'quarantined',
    message:
      'Den sidste ændring før Ledelsesrum sidst stoppede, blev ikke gemt færdig og er sprunget over. ' +
      'Alt, der blev meldt gemt, er indlæst. Se efter, om din seneste rettelse er med.',
    messageEn:
      'The last change before Ledelsesrum last stopped was not saved completely and has been skipped. ' +
      'Everything reported as saved has been loaded. Check whether your latest edit is there.',
  };
}

function damagedJournalReadOnlyNotice(): StartupNotice {
  return {
    id: 'journal-damaged-read-only',
    kind: 'quarantined',
    message:
      'En del af ændringsloggen kunne ikke læses. Dine data vises, som de stod før den beskadigede del; de seneste ændringer kan mangle. ' +
      'Filen er ikke flyttet, fordi datamappen ikke kan skrives nu.',
    messageEn:
      'Part of the change log could not be read. Your data is shown as it stood before the damaged part; the latest changes may be missing. ' +
      'The file was not moved, because the data folder cannot be written now.',
  };
}

function damagedReadOnlyNotice(reason: string, backupAt: string | null): StartupNotice {
  const when = backupAt ? describeInstant(backupAt) : null;
  return {
    id: 'data-file-damaged-read-only',
    kind: 'quarantined',
    message:
      `Datafilen kunne ikke læses (${reason}). Den er ikke flyttet, fordi datamappen ikke kan skrives nu. ` +
      (when ? `Sikkerhedskopien fra ${when.da} vises.` : 'Der fandtes ingen brugbar sikkerhedskopi at vise.'),
    messageEn:
      `The data file could not be read (${reason}). It was not moved, because the data folder cannot be written now. ` +
      (when ? `The backup from ${when.en} is shown.` : 'No usable backup was found to show.'),
  };
}

function damagedJournalNotice(relative: string): StartupNotice {
  return {
    id: `journal-${path.basename(relative).replace(/[^A-Za-z0-9_-]/g, '-')}`,
    kind: 'quarantined',
    file: relative,
    message:
      `En del af ændringsloggen kunne ikke læses. Den er flyttet uændret til «${relative}» i datamappen. ` +
      'Dine data er indlæst, som de stod før den beskadigede del; de seneste ændringer kan mangle.',
    messageEn:
      `Part of the change log could not be read. It was moved, unchanged, to “${relative}” in the data folder. ` +
      'Your data has been loaded as it stood before the damaged part; the latest changes may be missing.',
  };
}

function quarantinedNotice(reason: string, relative: string, backupAt: string | null): StartupNotice {
  const when = backupAt ? describeInstant(backupAt) : null;
  return {
    id: `quarantined-${path.basename(relative).replace(/[^A-Za-z0-9_-]/g, '-')}`,
    kind: 'quarantined',
    file: relative,
    message:
      `Datafilen kunne ikke læses (${reason}). Den er flyttet uændret til «${relative}» i datamappen. ` +
      (when
        ? `Sikkerhedskopien fra ${when.da} er indlæst, så du kan arbejde videre derfra.`
        : 'Der fandtes ingen brugbar sikkerhedskopi, så Ledelsesrum er startet uden data.'),
    messageEn:
      `The data file could not be read (${reason}). It was moved, unchanged, to “${relative}” in the data folder. ` +
      (when
        ? `The backup from ${when.en} has been loaded, so you can carry on from there.`
        : 'No usable backup was found, so Ledelsesrum started without data.'),
  };
}

/** "23. november 2026 kl. 10:15" / "23 November 2026 at 10:15" in Copenhagen time. */
function describeInstant(iso: string): { da: string; en: string } {
  const { date, time } = utcToCopenhagen(new Date(iso));
  return { da: `${formatLongDate(date, 'da')} kl. ${time}`, en: `${formatLongDate(date, 'en')} at ${time}` };
}

/** Clears temp files a crash left behind; they never hold anything the data file does not. */
async function removeStaleTempFiles(dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir);
  await Promise.all(
    names
      .filter((name) => name.startsWith(TEMP_PREFIX))
      .map((name) => fs.rm(path.join(dataDir, name), { force: true })),
  );
}
