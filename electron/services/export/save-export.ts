import path from 'node:path';
import { writeFileDurably } from '../storage/durable-write';
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
}

/**
 * Asks the user where to save; resolves to the chosen path, or null when cancelled. Injected so the
 * service never touches Electron: main passes `dialog.showSaveDialog`, tests pass a fake.
 */
export type SaveDialog = (request: SaveRequest) => Promise<string | null>;

/** The outcome of an export: the name of the file written, or that the user cancelled. */
export type SaveExportResult = { saved: true; fileName: string } | { saved: false };

/**
 * Writes an export to the one path the user chose, and nowhere else. The file gets the first
 * filter's extension if the chosen name lacks it, and is written durably (temp file beside it,
 * fsync, rename) so a crash never leaves half a document behind under the user's file name.
 */
export async function saveExport(
  bytes: Uint8Array,
  request: SaveRequest,
  dialog: SaveDialog,
): Promise<SaveExportResult> {
  const chosen = await dialog(request);
  if (chosen === null || chosen.trim() === '') return { saved: false };
  const target = withExtension(chosen, request.filters[0]?.extensions[0]);
  await writeFileDurably(target, bytes);
  return { saved: true, fileName: path.basename(target) };
}

/** A save request for a document title: a safe default file name and a single filter for the type. */
export function saveRequestFor(title: string, dialogTitle: string, filter: SaveFilter): SaveRequest {
  const ext = filter.extensions[0] ?? '';
  return { title: dialogTitle, defaultFileName: safeFileName(title, ext), filters: [filter] };
}

// Compared without case: "Referat.DOCX" from a Windows dialog already has the right extension.
function withExtension(filePath: string, ext: string | undefined): string {
  if (ext === undefined || ext === '' || ext === '*') return filePath;
  return filePath.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? filePath : `${filePath}.${ext}`;
}
