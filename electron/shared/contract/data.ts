import * as v from 'valibot';
import { channel } from './channel';
import { EXPORT_PASSWORD_MIN } from '../security/password-rules';
import { noInput } from './fields';
import type { ExportResult } from './exports';

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

/** The collections an import merges record by record. */
export type MergedCollection = 'people' | 'networks' | 'meetings' | 'reflections' | 'agreements';

/** Why a merge does what it does with one record. */
export type MergeReason =
  | 'new'
  | 'same'
  | 'newer-in-file'
  | 'newer-here'
  | 'future-here'
  | 'future-timestamp'
  | 'deleted-here'
  | 'private-kept'
  | 'unreadable';

/** What a merge does with one record of the file: add it, update the copy here, keep the copy here, or skip it. */
export interface MergeLine {
  /** The collection, or for an unreadable record where it was in the file ('profile' …). */
  collection: string;
  id: string;
  /** A name, title or date the user knows the record by; '' if it has none. */
  title: string;
  action: 'add' | 'update' | 'keep' | 'skip';
  reason: MergeReason;
  /** True when the two copies differ and one of them is not used. */
  conflict: boolean;
  /** For an unreadable record: what is wrong with it, in Danish and English. */
  detail?: { da: string; en: string };
}

/** How many records a merge adds, updates, keeps and skips, and how many of them are conflicts. */
export interface MergeTally {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  conflicts: number;
}

/**
 * What an export file holds, and what a merge would do with it record by record; for a
 * password-encrypted file without (or with a wrong) password, only that it needs one.
 */
export type ImportPreview =
  | { needsPassword: true; wrongPassword: boolean }
  | {
      needsPassword: false;
      exportedAt: string | null;
      counts: RecordCounts;
      merge: MergeTally;
      lines: MergeLine[];
      /** What the file left out; an empty list for a full (encrypted) export. */
      omitted: OmittedPart[];
    };

/** What an import did. */
export interface ImportReport extends MergeTally {
  mode: 'merge' | 'replace';
  /** The backup taken of the data as it was before the import. */
  safetyBackup: string;
}

/** What an export or save wrote. */
export type SaveOutcome = ExportResult;

/** Longest export file (in characters) an import takes: the renderer reads it from a file the user picked; 100 MB is decades of data. */
export const IMPORT_CONTENT_MAX = 100 * 1024 * 1024;

/**
 * Largest request body a host must accept so the longest import the contract allows arrives: an
 * export is JSON text, which in the request's JSON takes at most three bytes a character (ø, or an
 * escaped quote), plus room for the rest of the call.
 */
export const MAX_REQUEST_BYTES = IMPORT_CONTENT_MAX * 3 + 1024 * 1024;

const importContent = v.pipe(v.string(), v.minLength(1), v.maxLength(IMPORT_CONTENT_MAX));
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
  'data:trash-status': channel<{ count: number; keepDays: number }>()({
    input: noInput,
    mutates: false,
    doc: 'How many deleted records the trash holds and how many days each is kept before it is purged.',
  }),
  'data:empty-trash': channel<{ purged: number; backupsRewritten: number; unreadableBackups: string[] }>()({
    input: noInput,
    mutates: true,
    doc: 'Purges the trash for good: the records leave the data, the journal and every readable backup; tombstones stay.',
  }),
  'data:remove-example': channel<{ removed: RecordCounts; safetyBackup: string }>()({
    input: noInput,
    mutates: true,
    doc: 'Removes the example network and what belongs to it, after a backup.',
  }),
};
