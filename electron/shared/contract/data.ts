import * as v from 'valibot';
import { channel } from './channel';
import { EXPORT_PASSWORD_MIN } from '../security/password-rules';
import { noInput } from './fields';

/** One backup as listed in Indstillinger. */
export interface BackupEntry {
  name: string;
  kind: 'recent' | 'daily' | 'manual' | 'safety';
  createdAt: string;
  size: number;
}

/** Counts of records per kind, for previews and reports. */
export type RecordCounts = Record<'networks' | 'people' | 'meetings' | 'reflections' | 'agreements', number>;

/** Parts of the data the ordinary export leaves out. */
export type OmittedPart = 'privateReflections' | 'agreementPreparation' | 'trash';

/**
 * What an export file holds, and what a merge would do with it; for a password-encrypted file
 * without (or with a wrong) password, only that it needs one.
 */
export type ImportPreview =
  | { needsPassword: true; wrongPassword: boolean }
  | {
      needsPassword: false;
      exportedAt: string | null;
      counts: RecordCounts;
      merge: { added: number; updated: number; unchanged: number };
      /** What the file left out; an empty list for a full (encrypted) export. */
      omitted: OmittedPart[];
    };

/** What an import did. */
export interface ImportReport {
  mode: 'merge' | 'replace';
  added: number;
  updated: number;
  unchanged: number;
  /** The backup taken of the data as it was before the import. */
  safetyBackup: string;
}

/** What an export or save wrote. */
export type SaveOutcome = { saved: true; fileName: string } | { saved: false };

/** An export file is read by the renderer from a file the user picked; 100 MB is years of data. */
const importContent = v.pipe(v.string(), v.minLength(1), v.maxLength(100 * 1024 * 1024));
const exportPassword = v.pipe(v.string(), v.minLength(EXPORT_PASSWORD_MIN), v.maxLength(200));
const importPassword = v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200)));
const backupName = v.pipe(v.string(), v.maxLength(120), v.regex(/^(recent|daily|manual|safety)-[0-9TZ-]+\.json$/));

/** Channels for backups, restore, and export/import of all data. */
export const dataChannels = {
  'backups:list': channel<BackupEntry[]>()({ input: noInput, mutates: false, doc: 'Every backup, newest first.' }),
  'backups:create': channel<BackupEntry>()({ input: noInput, mutates: false, doc: 'Takes a backup now.' }),
  'backups:restore': channel<{ restored: string; safetyBackup: string }>()({
    input: v.strictObject({ name: backupName }),
    mutates: true,
    doc: 'Restores a backup after backing up the current state.',
  }),
  'data:export': channel<SaveOutcome>()({
    input: noInput,
    mutates: false,
    doc: 'Writes all data except private reflections, agreement preparation notes and the trash as one JSON file where the user chooses.',
  }),
  'data:export-encrypted': channel<SaveOutcome>()({
    input: v.strictObject({ password: exportPassword }),
    mutates: false,
    doc: 'Writes everything, private parts and the trash included, as one file encrypted with the password (AES-256-GCM, scrypt).',
  }),
  'data:import-preview': channel<ImportPreview>()({
    input: v.strictObject({ content: importContent, password: importPassword }),
    mutates: false,
    doc: 'Reads an export file (decrypting it with the password if it is encrypted) and tells what it holds, changing nothing.',
  }),
  'data:import': channel<ImportReport>()({
    input: v.strictObject({ content: importContent, mode: v.picklist(['merge', 'replace']), password: importPassword }),
    mutates: true,
    doc: 'Merges (newest wins) or replaces all data with an export file, after a backup.',
  }),
  'data:remove-example': channel<{ removed: RecordCounts; safetyBackup: string }>()({
    input: noInput,
    mutates: true,
    doc: 'Removes the example network and what belongs to it, after a backup.',
  }),
};
