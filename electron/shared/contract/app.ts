import * as v from 'valibot';
import { LOCK_IDLE_MINUTES, THEME_CHOICES, UI_LANGUAGES, type Profile, type StartupNotice } from '../entities';
import { channel } from './channel';
import { idField, noInput, shortText } from './fields';

/** Facts about the running app the UI shows (data folder, versions, notices). */
export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataFolder: string;
  dataFile: string;
  notices: StartupNotice[];
  /** Set when the data is open read-only: why, and whether the user may open it anyway. */
  readOnly: ReadOnlyInfo | null;
  /** True where the host prints a PDF itself (the desktop app); elsewhere the browser's print is used. */
  canSavePdf: boolean;
}

/** Why the data is open read-only, in words for a lasting banner. */
export interface ReadOnlyInfo {
  reason: 'locked' | 'locked-unproven' | 'disk-full' | 'folder-read-only';
  message: string;
  messageEn: string;
  /** True when the lock's holder cannot be proven alive: "Åbn alligevel" may take the folder over. */
  canOpenAnyway: boolean;
}

/** What the storage needs the user to know while the app runs (polled, as it can change after start). */
export interface StorageStatus {
  readOnly: ReadOnlyInfo | null;
  /** The last automatic backup failed, and why; null once one succeeds. */
  backupProblem: { message: string; messageEn: string } | null;
}

/** Channels about the app itself and the local user's profile. */
export const appChannels = {
  'app:info': channel<AppInfo>()({
    input: noInput,
    mutates: false,
    doc: 'Version, data folder and notices from start-up.',
  }),
  'app:dismiss-notice': channel<StartupNotice[]>()({
    input: v.strictObject({ id: idField }),
    // Only this run's list of notices changes, never the data, so it works read-only too.
    mutates: false,
    doc: 'Marks a start-up notice as read.',
  }),
  'app:storage-status': channel<StorageStatus>()({
    input: noInput,
    mutates: false,
    doc: 'Whether the data is open read-only, and whether automatic backups fail.',
  }),
  'app:open-anyway': channel<StorageStatus>()({
    input: noInput,
    // It takes over the folder lock and reopens the data for writing; no data is changed by it.
    mutates: false,
    doc: 'Takes over a data folder whose lock holder cannot be proven alive, when the user asks to.',
  }),
  'app:open-data-folder': channel<{ opened: boolean }>()({
    input: noInput,
    mutates: false,
    doc: "Shows the data folder in the system's file manager, where the host can.",
  }),
  'profile:get': channel<Profile>()({
    input: noInput,
    mutates: false,
    doc: 'The local user, used as author in documents.',
  }),
  'profile:update': channel<Profile>()({
    input: v.strictObject({
      patch: v.partial(
        v.strictObject({
          name: shortText,
          title: shortText,
          unit: shortText,
          /** The municipality and its forvaltning or unit, for every document's header. */
          organisation: shortText,
          department: shortText,
          lang: v.picklist(UI_LANGUAGES),
          theme: v.picklist(THEME_CHOICES),
          hidePrivate: v.boolean(),
          privateByDefault: v.boolean(),
          lockAfterMinutes: v.picklist(LOCK_IDLE_MINUTES),
        }),
      ),
    }),
    mutates: true,
    doc: 'Changes the local user profile.',
  }),
};
