import type {
  BackupEntry,
  ImportPreview,
  ImportReport,
  MergeLine,
  RecordCounts,
  SaveOutcome,
} from '../../shared/contract/data';
import { AppError } from '../../shared/app-error';
import { saveExport, saveRequestFor } from '../export/save-export';
import type { ServiceContext } from '../service-context';
import type { AppData, LeftOut } from '../storage/app-data';
import { idOf } from '../storage/change-set';
import type { Backups } from '../storage/backups';
import { sealWithPassword } from '../crypto/password-file';
import { ENCRYPTED_EXPORT_PURPOSE, exportFileText, readImportFile, type ExportContents } from './export-file';
import { keepLocalPreparation, OMITTED_BY_DEFAULT, shareableData } from './shareable-data';
import { mergeData, titleOf } from './merge';
import { replaceKeepingDeletions } from './replace-data';
import { removeExampleRecords } from '../example/remove-example';

/** Backups on request, restore, and export/import of all data. */
export class DataSafetyService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly backups: Backups,
    private readonly appVersion: string,
  ) {}

  /** Every backup, newest first. */
  list(): Promise<BackupEntry[]> {
    return this.backups.list();
  }

  /** Takes a backup of the data as it is now. */
  async backupNow(): Promise<BackupEntry> {
    return this.backups.create('manual', this.currentText());
  }

  /** Restores a backup; the current state is backed up first so the restore itself can be undone. */
  async restore(name: string): Promise<{ restored: string; safetyBackup: string }> {
    const checked = await this.backups.open(name).catch(() => {
      throw new AppError('not-found', 'Sikkerhedskopien findes ikke længere.', 'The backup no longer exists.');
    });
    // A backup is the app's own copy: one that would need records left out is not restored over sound data.
    const flaw = !checked.ok ? checked.reason : checked.leftOut[0]?.reason.da;
    if (!checked.ok || flaw !== undefined) {
      throw new AppError(
        'invalid-input',
        `Sikkerhedskopien kan ikke bruges (${flaw}). Intet er ændret.`,
        'The backup cannot be used. Nothing was changed.',
      );
    }
    const safety = await this.backups.create('safety', this.currentText());
    await this.ctx.store.replaceAll(checked.data);
    return { restored: name, safetyBackup: safety.name };
  }

  /** Writes all data but private reflections, preparation notes and the trash, as one JSON file where the user chooses. */
  async exportAll(): Promise<SaveOutcome> {
    const now = this.ctx.clock.now();
    const text = exportFileText(shareableData(this.ctx.store.data), now, this.appVersion, OMITTED_BY_DEFAULT);
    const request = saveRequestFor(`Ledelsesrum-data ${now.toISOString().slice(0, 10)}`, 'Eksportér data', {
      name: 'Ledelsesrum-data',
      extensions: ['json'],
    });
    return saveExport(new TextEncoder().encode(text), request, this.ctx.saveDialog);
  }

  /** Writes everything, private parts and the trash too, encrypted with the user's password. */
  async exportEncrypted(password: string): Promise<SaveOutcome> {
    const now = this.ctx.clock.now();
    const text = exportFileText(this.ctx.store.data, now, this.appVersion, []);
    const sealed = await sealWithPassword(text, password, ENCRYPTED_EXPORT_PURPOSE, this.ctx.passwordCost);
    const request = saveRequestFor(
      `Ledelsesrum-alt-krypteret ${now.toISOString().slice(0, 10)}`,
      'Eksportér alt krypteret',
      { name: 'Krypteret Ledelsesrum-data', extensions: ['json'] },
    );
    return saveExport(new TextEncoder().encode(sealed), request, this.ctx.saveDialog);
  }

  /** Tells what an export file holds and what a merge would do, changing nothing. */
  async preview(content: string, password: string | undefined): Promise<ImportPreview> {
    const read = await readImportFile(content, password);
    if ('needsPassword' in read) return read;
    const merged = mergeData(this.ctx.store.data, this.incomingForMerge(read), this.ctx.clock.now());
    const skipped = read.leftOut.map(unreadableLine);
    return {
      needsPassword: false,
      exportedAt: read.exportedAt,
      counts: countRecords(read.data),
      merge: { ...merged.tally, skipped: merged.tally.skipped + skipped.length },
      lines: [...merged.lines, ...skipped],
      omitted: read.omitted,
    };
  }

  /** Removes the example data; a backup first makes it possible to get it back. */
  async removeExample(): Promise<{ removed: RecordCounts; safetyBackup: string }> {
    if (!this.ctx.store.data.networks.some((n) => n.example === true)) {
      throw new AppError('not-found', 'Der er ingen eksempeldata at fjerne.', 'There is no example data to remove.');
    }
    const safety = await this.backups.create('safety', this.currentText());
    const removed = await this.ctx.store.mutate(removeExampleRecords);
    return { removed, safetyBackup: safety.name };
  }

  /** Imports an export file by merging or replacing, after backing up the current state; neither brings back what was deleted here. */
  async import(content: string, mode: 'merge' | 'replace', password: string | undefined): Promise<ImportReport> {
    const read = await readImportFile(content, password);
    if ('needsPassword' in read) throw passwordRefusal(read.wrongPassword);
    const { data } = read;
    const safety = await this.backups.create('safety', this.currentText());
    if (mode === 'replace') {
      const replaced = replaceKeepingDeletions(this.ctx.store.data, data);
      await this.ctx.store.replaceAll(replaced.data);
      return {
        mode,
        added: Object.values(countRecords(replaced.data)).reduce((a, b) => a + b, 0),
        updated: 0,
        unchanged: 0,
        skipped: read.leftOut.length + replaced.leftOutDeleted,
        conflicts: 0,
        safetyBackup: safety.name,
      };
    }
    const merged = mergeData(this.ctx.store.data, this.incomingForMerge(read), this.ctx.clock.now());
    await this.ctx.store.replaceAll(merged.data);
    return { mode, ...merged.tally, skipped: merged.tally.skipped + read.leftOut.length, safetyBackup: safety.name };
  }

  /** A file without the preparation notes must not wipe the ones kept here. */
  private incomingForMerge(read: ExportContents): AppData {
    return read.omitted.includes('agreementPreparation')
      ? keepLocalPreparation(this.ctx.store.data, read.data)
      : read.data;
  }

  private currentText(): string {
    return this.ctx.store.text();
  }
}

function passwordRefusal(wrong: boolean): AppError {
  return wrong
    ? new AppError(
        'invalid-input',
        'Adgangskoden passer ikke til filen. Intet er ændret.',
        'The password does not match the file. Nothing was changed.',
      )
    : new AppError(
        'invalid-input',
        'Filen er krypteret. Skriv den adgangskode, den blev gemt med. Intet er ændret.',
        'The file is encrypted. Enter the password it was saved with. Nothing was changed.',
      );
}

/** A record the file held that cannot be read, as a line of the preview. */
function unreadableLine(item: LeftOut): MergeLine {
  return {
    collection: item.collection,
    id: idOf(item.record) ?? '',
    title: titleOf(item.record),
    action: 'skip',
    reason: 'unreadable',
    conflict: false,
    detail: { da: item.reason.da, en: item.reason.en },
  };
}

function countRecords(data: AppData): RecordCounts {
  return {
    networks: data.networks.length,
    people: data.people.length,
    meetings: data.meetings.length,
    reflections: data.reflections.length,
    agreements: data.agreements.length,
  };
}
