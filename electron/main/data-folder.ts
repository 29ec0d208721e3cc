import path from 'node:path';

/**
 * Where the user's data lives: LEDELSESRUM_DATA_DIR if set, else a `data` folder in the app's
 * per-user folder. Plain Node, so the browser preview finds the very same folder as the desktop app.
 */
export function defaultDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (env.LEDELSESRUM_DATA_DIR) return path.resolve(env.LEDELSESRUM_DATA_DIR);
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'Ledelsesrum', 'data');
}
