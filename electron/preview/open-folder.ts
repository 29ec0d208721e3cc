import { spawn } from 'node:child_process';

/** The file manager command of each desktop system. */
const OPENERS: Partial<Record<NodeJS.Platform, string>> = { win32: 'explorer', darwin: 'open', linux: 'xdg-open' };

/**
 * The preview runs on the user's own machine, so it can show the data folder in the system's file
 * manager like the desktop app does. Resolves false when there is no such program.
 */
export function openFolderWithSystem(folder: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const opener = OPENERS[platform];
  if (!opener) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(opener, [folder], { detached: true, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
