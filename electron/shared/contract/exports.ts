import * as v from 'valibot';
import { channel } from './channel';
import { idField, noInput } from './fields';

/** A file the user just saved: where it went, and a handle to open it or its folder by. */
export interface SavedExport {
  saved: true;
  fileName: string;
  /** The folder the file is in, for the toast to name (shown, never sent back as a path). */
  folder: string;
  exportId: string;
}

/**
 * The outcome of every export. Not saved: cancelled, or `exists` when a file of that name is already
 * in the folder and no dialog has asked; the UI asks, then `exports:replace` writes it (or nothing does).
 */
export type ExportResult =
  SavedExport | { saved: false; exists?: { exportId: string; fileName: string; folder: string } };

/** Where exports go: the folder shown in Indstillinger; `custom` when the user chose it. */
export interface ExportFolder {
  folder: string;
  custom: boolean;
  /** False where the host has no folder picker (the folder can then only be reset). */
  canChoose: boolean;
}

/** Channels of the one export save path: its folder, replacing a file, opening what was saved. */
export const exportChannels = {
  'exports:folder': channel<ExportFolder>()({
    input: noInput,
    mutates: false,
    doc: 'The folder exports are saved in, and whether the user chose it.',
  }),
  'exports:choose-folder': channel<ExportFolder>()({
    input: noInput,
    mutates: true,
    doc: "Lets the user pick the export folder with the host's folder picker; unchanged when cancelled.",
  }),
  'exports:reset-folder': channel<ExportFolder>()({
    input: noInput,
    mutates: true,
    doc: 'Goes back to the standard export folder.',
  }),
  'exports:replace': channel<ExportResult>()({
    input: v.strictObject({ exportId: idField }),
    mutates: false,
    doc: 'Writes an export held back because a file of its name existed, over that file, once the user has said yes.',
  }),
  'exports:open': channel<{ opened: boolean }>()({
    input: v.strictObject({ exportId: idField, what: v.picklist(['file', 'folder']) }),
    mutates: false,
    doc: "Opens a file just exported, or shows its folder, in the system's own programs.",
  }),
};
