import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Environment variable that points the search at one specific Chromium/Chrome binary. */
export const CHROMIUM_ENV_VAR = 'LEDELSESRUM_CHROMIUM';

/** Which step of the search found the browser. */
export type ChromiumSource = 'env' | 'playwright' | 'system' | 'npm-package';

/** A usable browser binary and the search step that found it. */
export interface ChromiumLocation {
  path: string;
  source: ChromiumSource;
}

/** Facts about the running machine that decide which paths and flags apply. */
export interface ChromiumHost {
  platform: NodeJS.Platform;
  arch: string;
  isRoot: boolean;
}

/** Everything the search touches outside itself, so tests can replace it. */
export interface ChromiumProbe extends ChromiumHost {
  isExecutable(filePath: string): boolean;
  playwrightExecutablePath(): Promise<string | null>;
  npmPackageChromium(): Promise<string | null>;
}

type Env = Record<string, string | undefined>;

const LINUX_PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const NPM_CHROMIUM_PACKAGE = '@sparticuz/chromium';

/** The machine this process runs on. */
export function currentHost(): ChromiumHost {
  return { platform: process.platform, arch: process.arch, isRoot: process.getuid?.() === 0 };
}

/** Flags for running Chromium headless on a closed network; the sandbox is dropped only where root forces it. */
export function chromiumLaunchArgs(host: ChromiumHost = currentHost()): string[] {
  // Chromium refuses to start its sandbox as root on Linux, and the other flags stop
  // background calls home that a machine without internet answers with errors.
  const sandbox = host.platform === 'linux' && host.isRoot ? ['--no-sandbox'] : [];
  return [
    ...sandbox,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Finds a Chromium for Playwright: env var, Playwright's own, system install, then an npm-shipped one. */
export async function findChromium(
  env: Env = process.env,
  probe: ChromiumProbe = nodeProbe(),
): Promise<ChromiumLocation | null> {
  const explicit = env[CHROMIUM_ENV_VAR]?.trim();
  if (explicit) {
    if (!probe.isExecutable(explicit)) {
      throw new Error(
        `${CHROMIUM_ENV_VAR}="${explicit}" peger ikke på en kørbar fil. / ` +
          `${CHROMIUM_ENV_VAR}="${explicit}" is not an executable file.`,
      );
    }
    return { path: explicit, source: 'env' };
  }

  const bundled = await probe.playwrightExecutablePath();
  if (bundled && probe.isExecutable(bundled)) return { path: bundled, source: 'playwright' };

  const system = systemChromiumCandidates(env, probe).find((candidate) => probe.isExecutable(candidate));
  if (system) return { path: system, source: 'system' };

  if (probe.platform === 'linux' && probe.arch === 'x64') {
    const shipped = await probe.npmPackageChromium();
    if (shipped && probe.isExecutable(shipped)) return { path: shipped, source: 'npm-package' };
  }
  return null;
}

/** System-wide browser paths tried in step 3, in the order they are tried. */
export function systemChromiumCandidates(env: Env, host: ChromiumHost): string[] {
  if (host.platform === 'darwin') {
    const home = env['HOME'];
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const roots = ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)));
  }
  if (host.platform === 'win32') {
    const roots = [
      envValue(env, 'ProgramFiles') ?? 'C:\\Program Files',
      envValue(env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
      ...optional(envValue(env, 'LOCALAPPDATA')),
    ];
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  const pathDirs = (env['PATH'] ?? '').split(path.posix.delimiter).filter((dir) => dir.length > 0);
  const onPath = LINUX_PATH_NAMES.flatMap((name) => pathDirs.map((dir) => path.posix.join(dir, name)));
  return unique(['/usr/bin/chromium', ...onPath, '/snap/bin/chromium']);
}

/** Explains, in Danish and English, where the search looked and how to make a browser available. */
export function describeChromiumSearch(env: Env = process.env, host: ChromiumHost = currentHost()): string {
  const candidates =
    host.platform === 'darwin' || host.platform === 'win32'
      ? systemChromiumCandidates(env, host)
      : ['/usr/bin/chromium', '/snap/bin/chromium', `${LINUX_PATH_NAMES.join(', ')} (i/in PATH)`];
  return [
    'Ingen Chromium fundet / No Chromium found.',
    '',
    'Søgt i denne rækkefølge / Searched in this order:',
    `  1. Miljøvariablen ${CHROMIUM_ENV_VAR} / the ${CHROMIUM_ENV_VAR} environment variable`,
    "  2. Playwrights egen browser (chromium.executablePath()) / Playwright's own downloaded browser",
    '  3. En systeminstalleret Chromium, Chrome eller Edge / a system Chromium, Chrome or Edge:',
    ...candidates.map((candidate) => `     - ${candidate}`),
    `  4. Kun Linux x64: Chromium fra npm-pakken ${NPM_CHROMIUM_PACKAGE} / Linux x64 only: the Chromium inside ${NPM_CHROMIUM_PACKAGE}`,
    '',
    'Sådan løses det (vælg én) / How to fix it (pick one):',
    `  - Peg direkte på en browser / point at a browser: ${CHROMIUM_ENV_VAR}=/sti/til/chromium`,
    '  - Debian/Ubuntu: apt-get install chromium',
    '  - Med internetadgang / with internet access: npx playwright install chromium',
    '  - Windows/macOS: installer Google Chrome eller Microsoft Edge / install Google Chrome or Microsoft Edge',
    `  - Linux x64: npm install --save-dev ${NPM_CHROMIUM_PACKAGE}`,
  ].join('\n');
}

/** Extracts the npm-shipped Chromium into a folder per package version and returns the binary's path. */
export async function extractNpmPackageChromium(
  packageEntry: string,
  version: string,
  cacheRoot: string = path.join(tmpdir(), 'ledelsesrum-chromium'),
): Promise<string> {
  const loaded: unknown = await import(pathToFileURL(packageEntry).href);
  const extractor = executablePathOf(loaded);
  const target = path.join(cacheRoot, version);
  mkdirSync(target, { recursive: true });
  // The package unpacks into os.tmpdir() and reuses whatever binary and GL libraries it
  // finds there, even from another version; pointing TMPDIR at a per-version folder while
  // the extraction starts keeps versions apart without leaving files loose in /tmp.
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = target;
  let pending: Promise<string>;
  try {
    pending = extractor();
  } finally {
    restoreEnv('TMPDIR', previous);
  }
  return pending;
}

/** The real machine: file system, Playwright's registry and the optional npm package. */
export function nodeProbe(): ChromiumProbe {
  return {
    ...currentHost(),
    isExecutable,
    async playwrightExecutablePath() {
      try {
        const playwright = await import('@playwright/test');
        return playwright.chromium.executablePath();
      } catch {
        return null;
      }
    },
    async npmPackageChromium() {
      const installed = locateNpmPackage();
      if (!installed) return null;
      return extractNpmPackageChromium(installed.entry, installed.version);
    },
  };
}

function isExecutable(filePath: string): boolean {
  try {
    if (!statSync(filePath).isFile()) return false;
    accessSync(filePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function locateNpmPackage(): { entry: string; version: string } | null {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(NPM_CHROMIUM_PACKAGE);
  } catch {
    return null;
  }
  // The package exports no package.json, so walk up from its entry file to read the version.
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    if (isRecord(parsed) && parsed['name'] === NPM_CHROMIUM_PACKAGE && typeof parsed['version'] === 'string') {
      return { entry, version: parsed['version'] };
    }
  }
  return null;
}

function executablePathOf(loaded: unknown): () => Promise<string> {
  const chromium = isRecord(loaded) ? loaded['default'] : undefined;
  const method: unknown = isObjectLike(chromium) ? Reflect.get(chromium, 'executablePath') : undefined;
  if (typeof method !== 'function') {
    throw new Error(`${NPM_CHROMIUM_PACKAGE} har ingen executablePath() / exposes no executablePath()`);
  }
  return () => Promise.resolve(Reflect.apply(method, chromium, []) as unknown).then(requireString);
}

function requireString(value: unknown): string {
  if (typeof value !== 'string')
    throw new Error(`${NPM_CHROMIUM_PACKAGE}: executablePath() gav ikke en sti / returned no path`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isObjectLike(value: unknown): value is object {
  return isRecord(value) || typeof value === 'function';
}

function envValue(env: Env, name: string): string | undefined {
  // Windows treats variable names case-insensitively; a plain object passed in does not.
  const key = Object.keys(env).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : env[key];
  return value ? value : undefined;
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
