import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuseOptionsV1 } from 'app-builder-lib';
import type { Configuration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { createAddLangsMacro, LangConfigurator } from 'app-builder-lib/out/targets/nsis/nsisLang';
import { NsisScriptGenerator } from 'app-builder-lib/out/targets/nsis/nsisScriptGenerator';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { iconOutputs, LINUX_ICON_SIZES } from '../../../scripts/make-icons';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CONFIG_FILE = 'electron-builder.config.cjs';

// Loaded the way `electron-builder --config` loads it, so a wrong export shape fails here too.
let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, CONFIG_FILE, null);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(root, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema, which rejects misspelled options', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelled = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(misspelled, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('identifies the app and ships only the built output and the third-party notices', () => {
    expect(config.appId).toBe('dk.ledelsesrum.app');
    expect(config.productName).toBe('Ledelsesrum');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([{ filter: ['dist/**', 'package.json', 'THIRD_PARTY_NOTICES.md'] }]);
  });

  it('builds an x64 NSIS installer, a macOS dmg and a Linux AppImage', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg' }]);
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.linux?.target).toEqual([{ target: 'AppImage' }]);
    expect(config.linux?.category).toBe('Office');
  });

  it('offers an assisted Windows installer that can install for the current user only', () => {
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.selectPerMachineByDefault).toBe(false);
  });

  it('makes Danish the installer’s first language, with English alongside', () => {
    const nsis = config.nsis ?? {};
    const generator = new NsisScriptGenerator();
    createAddLangsMacro(generator, new LangConfigurator(nsis));
    const script = generator.build();
    expect(script.indexOf('MUI_LANGUAGE "Danish"')).toBeGreaterThanOrEqual(0);
    expect(script.indexOf('MUI_LANGUAGE "Danish"')).toBeLessThan(script.indexOf('MUI_LANGUAGE "English"'));
    expect(nsis.language).toBe('1030');
  });

  const expectedFuses: Required<Omit<FuseOptionsV1, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>> = {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  };

  it.each(Object.entries(expectedFuses))('sets the %s fuse to %s', (fuse, value) => {
    expect(config.electronFuses).toHaveProperty(fuse, value);
  });

  it('sets no fuse beyond the reviewed list', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(Object.keys(expectedFuses).sort());
  });
});

describe('icons referenced by the packaging', () => {
  it('has a 1024 px source icon for the Windows and macOS conversions', () => {
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(pngSize('build/icon.png')).toEqual({ width: 1024, height: 1024 });
  });

  it('has every Linux icon size, named by its size as electron-builder requires', () => {
    expect(config.linux?.icon).toBe('build/icons');
    for (const size of LINUX_ICON_SIZES) {
      expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual({ width: size, height: size });
    }
  });

  it('has every generated icon at the size the icon script promises', () => {
    const outputs = iconOutputs();
    expect(outputs.map((output) => output.file)).toContain('resources/icon-256.png');
    for (const { file, size } of outputs) expect(pngSize(file)).toEqual({ width: size, height: size });
  });
});
