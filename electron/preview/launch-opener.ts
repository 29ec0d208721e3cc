import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A page only this user can read that forwards the browser to the one-time launch URL, so the
 * secret never appears on a command line (other accounts can read a process's arguments).
 */
export interface LaunchOpener {
  file: string;
  remove(): Promise<void>;
}

export async function writeLaunchOpener(launchUrl: string): Promise<LaunchOpener> {
  // mkdtemp makes the folder 0700; the file itself is 0600.
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-aabn-'));
  const file = path.join(folder, 'aabn.html');
  const escaped = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const html = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escaped}"><title>Ledelsesrum</title>\n`;
  await fs.writeFile(file, html, { mode: 0o600, flag: 'wx' });
  let removed = false;
  return {
    file,
    remove: async () => {
      if (removed) return;
      removed = true;
      await fs.rm(folder, { recursive: true, force: true });
    },
  };
}
