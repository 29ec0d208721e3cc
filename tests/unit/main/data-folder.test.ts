import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFolder } from '../../../electron/main/data-folder';

describe('the data folder', () => {
  it('follows XDG_CONFIG_HOME on Linux when it is an absolute path', () => {
    expect(defaultDataFolder({ XDG_CONFIG_HOME: '/srv/konfig' }, 'linux', '/home/mette')).toBe(
      path.join('/srv/konfig', 'Ledelsesrum', 'data'),
    );
  });

  it('treats an empty or relative XDG_CONFIG_HOME as unset, never a folder under the current directory', () => {
    for (const value of ['', 'konfig', './konfig']) {
      const folder = defaultDataFolder({ XDG_CONFIG_HOME: value }, 'linux', '/home/mette');
      expect(folder).toBe(path.join('/home/mette', '.config', 'Ledelsesrum', 'data'));
    }
  });

  it('treats an empty APPDATA on Windows and an empty LEDELSESRUM_DATA_DIR as unset', () => {
    expect(defaultDataFolder({ APPDATA: '' }, 'win32', 'C:\\Users\\mette')).toBe(
      path.join('C:\\Users\\mette', 'AppData', 'Roaming', 'Ledelsesrum', 'data'),
    );
    expect(defaultDataFolder({ LEDELSESRUM_DATA_DIR: ' ' }, 'darwin', '/Users/mette')).toBe(
      path.join('/Users/mette', 'Library', 'Application Support', 'Ledelsesrum', 'data'),
    );
  });
});
