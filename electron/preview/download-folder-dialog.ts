import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { standardExportFolder } from '../services/export/export-desk';
import type { SaveDialog } from '../services/export/save-export';

/**
 * The preview has no native save dialog, so an export goes straight into the export folder the app
 * proposes (Downloads/Ledelsesrum until the user chooses another) under its proposed name. A file of
 * that name already there is for the app to ask about; this never makes " (2)" copies.
 */
export function downloadFolderDialog(home = os.homedir()): SaveDialog {
  return async (request) => {
    const folder = request.folder ?? standardExportFolder(home);
    await mkdir(folder, { recursive: true });
    return path.join(folder, path.basename(request.defaultFileName));
  };
}
