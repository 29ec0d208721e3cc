import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SaveDialog } from '../services/export/save-export';

/**
 * The preview has no native save dialog, so exports go to a "Ledelsesrum" folder in the user's
 * Downloads (or home) folder, never overwriting: a second file gets " (2)" and so on.
 */
export function downloadFolderDialog(home = os.homedir()): SaveDialog {
  return async (request) => {
    const downloads = path.join(home, 'Downloads');
    const folder = path.join(existsSync(downloads) ? downloads : home, 'Ledelsesrum');
    await mkdir(folder, { recursive: true });
    const parsed = path.parse(request.defaultFileName);
    let target = path.join(folder, parsed.base);
    for (let n = 2; existsSync(target); n += 1) target = path.join(folder, `${parsed.name} (${n})${parsed.ext}`);
    return target;
  };
}
