import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { SaveDialog } from '../services/export/save-export';

/** The native save dialog, attached to the focused window so it behaves as a sheet on macOS. */
export const nativeSaveDialog: SaveDialog = async (request) => {
  const window = BrowserWindow.getFocusedWindow();
  // The dialog starts in the export folder; it asks before replacing a file itself.
  const defaultPath = request.folder ? path.join(request.folder, request.defaultFileName) : request.defaultFileName;
  const options = { title: request.title, defaultPath, filters: request.filters };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
};

/** The native folder picker, for the export folder. */
export async function nativeChooseFolder(current: string): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const options = { defaultPath: current, properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
