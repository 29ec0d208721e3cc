import type { ExportResult } from '../../shared/contract/exports';
import { ExportDesk } from './export-desk';
import { safeFileName } from './safe-file-name';

/** A file type offered in the save dialog, e.g. `{ name: 'Word-dokument', extensions: ['docx'] }`. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** What the save dialog is asked to show. */
export interface SaveRequest {
  title: string;
  defaultFileName: string;
  filters: SaveFilter[];
  /** The export folder the dialog starts in (set by the export desk). */
  folder?: string;
}

/**
 * Asks the user where to save; resolves to the chosen path, or null when cancelled. Injected so the
 * service never touches Electron: main passes `dialog.showSaveDialog`, tests pass a fake.
 */
export type SaveDialog = (request: SaveRequest) => Promise<string | null>;

/** The outcome of an export: where the file went, that a file of its name is there, or that the user cancelled. */
export type SaveExportResult = ExportResult;

/** What an export is saved through: the app's export desk, or (in tests of one document) a bare dialog. */
export type SaveTarget = ExportDesk | SaveDialog;

/**
 * Writes an export to the one path the user chose, and nowhere else. The file gets the first
 * filter's extension if the chosen name lacks it, and is written durably (temp file beside it,
 * fsync, rename) so a crash never leaves half a document behind under the user's file name.
 * Through the desk it starts in the export folder and never replaces a file without asking.
 */
export async function saveExport(
  bytes: Uint8Array,
  request: SaveRequest,
  target: SaveTarget,
): Promise<SaveExportResult> {
  return (target instanceof ExportDesk ? target : ExportDesk.around(target)).save(bytes, request);
}

/** A save request for a document title: a safe default file name and a single filter for the type. */
export function saveRequestFor(title: string, dialogTitle: string, filter: SaveFilter): SaveRequest {
  const ext = filter.extensions[0] ?? '';
  return { title: dialogTitle, defaultFileName: safeFileName(title, ext), filters: [filter] };
}
