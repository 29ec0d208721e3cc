import { BrowserWindow, dialog } from 'electron';
import type { SaveDialog } from '../services/export/save-export';

/** The native save dialog, attached to the focused window so it behaves as a sheet on macOS. */
export const nativeSaveDialog: SaveDialog = async (request) => {
  const window = BrowserWindow.getFocusedWindow();
  const options = { title: request.title, defaultPath: request.defaultFileName, filters: request.filters };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
};
