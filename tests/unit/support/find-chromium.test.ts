import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ENV_VAR,
  chromiumLaunchArgs,
  describeChromiumSearch,
  extractNpmPackageChromium,
  findChromium,
  nodeProbe,
  systemChromiumCandidates,
  type ChromiumProbe,
} from '../../support/find-chromium';

interface FakeMachine {
  platform?: NodeJS.Platform;
  arch?: string;
  isRoot?: boolean;
  executables?: string[];
  playwright?: string | null;
  npmPackage?: string | null;
}

function fakeProbe(machine: FakeMachine): ChromiumProbe & { npmCalls: number } {
  const executables = new Set(machine.executables ?? []);
  const probe = {
    platform: machine.platform ?? 'linux',
    arch: machine.arch ?? 'x64',
    isRoot: machine.isRoot ?? false,
    npmCalls: 0,
    isExecutable: (filePath: string) => executables.has(filePath),
    playwrightExecutablePath: () => Promise.resolve(machine.playwright ?? null),
    npmPackageChromium: () => {
      probe.npmCalls += 1;
      return Promise.resolve(machine.npmPackage ?? null);
    },
  };
  return probe;
}

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const EXTRACTED = '/tmp/ledelsesrum-chromium/153.0.0/chromium';

describe('findChromium search order', () => {
  it('prefers the explicit environment variable over every other source', async () => {
    const probe = fakeProbe({
      executables: ['/opt/custom/chrome', PLAYWRIGHT, '/usr/bin/chromium', EXTRACTED],
      playwright: PLAYWRIGHT,
      npmPackage: EXTRACTED,
    });
    const found = await findChromium({ [CHROMIUM_ENV_VAR]: '/opt/custom/chrome', PATH: '/usr/bin' }, probe);
    expect(found).toEqual({ path: '/opt/custom/chrome', source: 'env' });
  });

  it('fails loudly when the environment variable names a missing or non-executable file', async () => {
    const probe = fakeProbe({ executables: ['/usr/bin/chromium'] });
    await expect(findChromium({ [CHROMIUM_ENV_VAR]: '/nope/chrome' }, probe)).rejects.toThrow(
      /LEDELSESRUM_CHROMIUM="\/nope\/chrome".*kørbar.*not an executable/s,
    );
  });

  it('treats a blank environment variable as unset', async () => {
    const probe = fakeProbe({ executables: ['/usr/bin/chromium'] });
    const found = await findChromium({ [CHROMIUM_ENV_VAR]: '  ', PATH: '' }, probe);
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it("uses Playwright's downloaded browser before a system one", async () => {
    const probe = fakeProbe({ executables: [PLAYWRIGHT, '/usr/bin/chromium'], playwright: PLAYWRIGHT });
    expect(await findChromium({ PATH: '/usr/bin' }, probe)).toEqual({ path: PLAYWRIGHT, source: 'playwright' });
  });

  it("skips Playwright's path when the browser was never downloaded", async () => {
    const probe = fakeProbe({ executables: ['/usr/bin/chromium'], playwright: PLAYWRIGHT });
    expect(await findChromium({ PATH: '/usr/bin' }, probe)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('finds a browser by name on PATH, trying chromium names before Chrome names', async () => {
    const probe = fakeProbe({ executables: ['/opt/b/google-chrome', '/opt/a/chromium-browser'] });
    const found = await findChromium({ PATH: '/opt/a:/opt/b' }, probe);
    expect(found).toEqual({ path: '/opt/a/chromium-browser', source: 'system' });
  });

  it('does not extract the npm-shipped browser when a system one exists', async () => {
    const probe = fakeProbe({ executables: ['/usr/bin/chromium', EXTRACTED], npmPackage: EXTRACTED });
    expect(await findChromium({ PATH: '' }, probe)).toMatchObject({ source: 'system' });
    expect(probe.npmCalls).toBe(0);
  });

  it('falls back to the npm-shipped browser on Linux x64', async () => {
    const probe = fakeProbe({ executables: [EXTRACTED], npmPackage: EXTRACTED });
    expect(await findChromium({ PATH: '/usr/bin' }, probe)).toEqual({ path: EXTRACTED, source: 'npm-package' });
  });

  it('never uses the npm-shipped browser on other CPUs or systems, since it is a Linux x64 build', async () => {
    for (const machine of [{ arch: 'arm64' }, { platform: 'darwin' as const }, { platform: 'win32' as const }]) {
      const probe = fakeProbe({ ...machine, executables: [EXTRACTED], npmPackage: EXTRACTED });
      expect(await findChromium({ PATH: '/usr/bin' }, probe)).toBeNull();
      expect(probe.npmCalls).toBe(0);
    }
  });

  it('returns null when nothing is installed', async () => {
    expect(await findChromium({ PATH: '/usr/bin:/bin' }, fakeProbe({}))).toBeNull();
  });
});

describe('systemChromiumCandidates', () => {
  it('looks in the macOS application folders, system-wide first', () => {
    const candidates = systemChromiumCandidates(
      { HOME: '/Users/ane' },
      { platform: 'darwin', arch: 'arm64', isRoot: false },
    );
    expect(candidates[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(candidates).toContain('/Users/ane/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('builds Windows paths from ProgramFiles regardless of the variable name casing', async () => {
    const env = {
      PROGRAMFILES: 'D:\\Apps',
      'ProgramFiles(x86)': 'D:\\Apps86',
      LOCALAPPDATA: 'C:\\Users\\ane\\AppData\\Local',
    };
    const edge = 'D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe';
    const probe = fakeProbe({ platform: 'win32', executables: [edge] });
    expect(systemChromiumCandidates(env, probe)[0]).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
    expect(systemChromiumCandidates(env, probe)).toContain(
      'C:\\Users\\ane\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(await findChromium(env, probe)).toEqual({ path: edge, source: 'system' });
  });
});

describe('chromiumLaunchArgs', () => {
  const quiet = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];

  it('drops the sandbox only for root on Linux', () => {
    expect(chromiumLaunchArgs({ platform: 'linux', arch: 'x64', isRoot: true })).toEqual(['--no-sandbox', ...quiet]);
    expect(chromiumLaunchArgs({ platform: 'linux', arch: 'x64', isRoot: false })).toEqual(quiet);
    expect(chromiumLaunchArgs({ platform: 'win32', arch: 'x64', isRoot: true })).toEqual(quiet);
  });
});

describe('describeChromiumSearch', () => {
  it('names every step, the paths it tried and the fixes in both languages', () => {
    const text = describeChromiumSearch({ PATH: '/opt/tools' }, { platform: 'linux', arch: 'x64', isRoot: true });
    const windows = describeChromiumSearch(
      { ProgramFiles: 'D:\\Apps' },
      { platform: 'win32', arch: 'x64', isRoot: false },
    );
    expect(windows).toContain('D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(text).toContain('Søgt i denne rækkefølge / Searched in this order');
    expect(text).toContain(CHROMIUM_ENV_VAR);
    expect(text).toContain('/usr/bin/chromium');
    expect(text).toMatch(/chromium-browser, google-chrome, google-chrome-stable \(i\/in PATH\)/);
    expect(text).toContain('apt-get install chromium');
    expect(text).toContain('npm install --save-dev @sparticuz/chromium');
  });
});

describe('real machine helpers', () => {
  const scratch: string[] = [];
  const makeScratch = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'find-chromium-test-'));
    scratch.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts only existing files with the execute bit', () => {
    const dir = makeScratch();
    const runnable = path.join(dir, 'runnable');
    const plain = path.join(dir, 'plain');
    writeFileSync(runnable, '#!/bin/sh\n');
    writeFileSync(plain, 'text');
    chmodSync(runnable, 0o755);
    chmodSync(plain, 0o644);
    const probe = nodeProbe();
    expect(probe.isExecutable(runnable)).toBe(true);
    expect(probe.isExecutable(dir)).toBe(false);
    expect(probe.isExecutable(path.join(dir, 'missing'))).toBe(false);
    if (process.platform !== 'win32') expect(probe.isExecutable(plain)).toBe(false);
  });

  it('asks Playwright where its own browser would live', async () => {
    const expected = await nodeProbe().playwrightExecutablePath();
    expect(expected).toMatch(/chrom/i);
  });

  it('returns an executable named by the environment variable on the real file system', async () => {
    const dir = makeScratch();
    const browser = path.join(dir, 'my-chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    expect(await findChromium({ [CHROMIUM_ENV_VAR]: browser })).toEqual({ path: browser, source: 'env' });
  });

  it('extracts the npm-shipped browser into a folder per version and leaves TMPDIR as it was', async () => {
    const dir = makeScratch();
    const entry = path.join(dir, 'fake-chromium.mjs');
    // Mimics the package: it writes its binary to os.tmpdir() at call time.
    writeFileSync(
      entry,
      [
        "import { tmpdir } from 'node:os';",
        "import { join } from 'node:path';",
        "import { writeFileSync } from 'node:fs';",
        'export default class Chromium {',
        '  static executablePath() {',
        "    const binary = join(tmpdir(), 'chromium');",
        "    writeFileSync(binary, 'binary', { mode: 0o700 });",
        '    return Promise.resolve(binary);',
        '  }',
        '}',
      ].join('\n'),
    );
    const before = process.env['TMPDIR'];
    const cacheRoot = path.join(dir, 'cache');
    const binary = await extractNpmPackageChromium(entry, '153.0.0', cacheRoot);
    expect(binary).toBe(path.join(cacheRoot, '153.0.0', 'chromium'));
    expect(readdirSync(path.join(cacheRoot, '153.0.0'))).toEqual(['chromium']);
    expect(process.env['TMPDIR']).toBe(before);
  });

  it('rejects a package without executablePath()', async () => {
    const dir = makeScratch();
    const entry = path.join(dir, 'broken.mjs');
    writeFileSync(entry, 'export default {};\n');
    await expect(extractNpmPackageChromium(entry, '1.0.0', path.join(dir, 'cache'))).rejects.toThrow(/executablePath/);
  });
});
