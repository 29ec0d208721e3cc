import path from 'node:path';

/**
 * Where the user's data lives: LEDELSESRUM_DATA_DIR if set, else a `data` folder in the app's
 * per-user folder. Plain Node, so the browser preview finds the very same folder as the desktop app.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (env.LEDELSESRUM_DATA_DIR?.trim()) return path.resolve(env.LEDELSESRUM_DATA_DIR);
  const appData =
    platform === 'win32'
      ? (absolute(env.APPDATA, path.win32) ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (absolute(env.XDG_CONFIG_HOME, path.posix) ?? path.join(home, '.config'));
  return path.join(appData, 'Ledelsesrum', 'data');
}

/**
 * Where wrong guesses of the passcode or recovery code are counted between runs: beside the data
 * folder, not in it (the count belongs to this computer; a copied folder does not carry it, and a
 * wrong guess changes nothing in the folder). With the default folder that is the app's per-user folder.
 */
export function attemptsFileFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'adgangsforsøg.json');
}

/**
 * An empty or relative setting counts as unset (the XDG spec says to ignore relative paths);
 * otherwise the data would land in whatever folder the app was started from.
 */
function absolute(value: string | undefined, flavour: path.PlatformPath): string | undefined {
  return value && flavour.isAbsolute(value) ? value : undefined;
}
