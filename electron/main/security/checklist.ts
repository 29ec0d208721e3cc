/**
 * The Electron security checklist as one function over the settings and policies main really
 * uses, so a test can prove that flipping any one of them is caught.
 */

/** Everything the checklist looks at. */
export interface SecurityFacts {
  webPreferences: Record<string, unknown>;
  csp: string;
  entryUrl: string;
  schemePrivileges: Record<string, unknown>;
  resolveAppPath: (root: string, url: string) => string | null;
  allowNavigation: (url: string) => boolean;
  allowRedirect: (url: string) => boolean;
  windowOpenDecision: (url: string) => { action: string; openExternally: boolean };
  grantPermission: (permission: string) => boolean;
  allowWebview: () => boolean;
  isAllowedExternalUrl: (url: string) => boolean;
  isTrustedSender: (url: string | null, isTopFrame: boolean) => boolean;
  exposedApi: Record<string, unknown>;
  fuses: Record<string, unknown>;
}

type Check = [string, (f: SecurityFacts) => boolean];

const checks: Check[] = [
  ['contextIsolation on', (f) => f.webPreferences.contextIsolation === true],
  ['sandbox on', (f) => f.webPreferences.sandbox === true],
  ['nodeIntegration off', (f) => f.webPreferences.nodeIntegration === false],
  ['nodeIntegrationInWorker off', (f) => f.webPreferences.nodeIntegrationInWorker === false],
  ['nodeIntegrationInSubFrames off', (f) => f.webPreferences.nodeIntegrationInSubFrames === false],
  ['webSecurity on', (f) => f.webPreferences.webSecurity === true],
  ['no insecure content', (f) => f.webPreferences.allowRunningInsecureContent === false],
  ['webview tag off', (f) => f.webPreferences.webviewTag === false],
  ['experimental features off', (f) => f.webPreferences.experimentalFeatures === false],
  [
    'CSP without unsafe-inline/eval',
    (f) =>
      !/unsafe-(inline|eval)|\*/.test(f.csp) &&
      f.csp.includes("script-src 'self'") &&
      f.csp.includes("default-src 'none'"),
  ],
  ['served from app://, not file://', (f) => f.entryUrl.startsWith('app://')],
  [
    'app:// scheme has no extra powers',
    (f) =>
      JSON.stringify(f.schemePrivileges) === JSON.stringify({ standard: true, secure: true, supportFetchAPI: true }),
  ],
  [
    'app:// refuses path traversal',
    (f) => f.resolveAppPath('/srv/app', 'app://ledelsesrum/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd') === null,
  ],
  [
    'navigation denied',
    (f) => !f.allowNavigation('https://angriber.example') && !f.allowNavigation('file:///etc/passwd'),
  ],
  ['redirects denied', (f) => !f.allowRedirect('https://angriber.example')],
  [
    'new windows denied',
    (f) =>
      f.windowOpenDecision('https://kommune.dk').action === 'deny' && !f.windowOpenDecision('file:///x').openExternally,
  ],
  [
    'permissions denied',
    (f) =>
      ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'].every((p) => !f.grantPermission(p)),
  ],
  ['webviews never attached', (f) => !f.allowWebview()],
  [
    'openExternal only https and mailto',
    (f) =>
      f.isAllowedExternalUrl('https://x.dk') &&
      !f.isAllowedExternalUrl('http://x.dk') &&
      !f.isAllowedExternalUrl('file:///x') &&
      !f.isAllowedExternalUrl('javascript:alert(1)'),
  ],
  [
    'IPC sender checked (protocol, host, top frame, non-null)',
    (f) =>
      f.isTrustedSender('app://ledelsesrum/index.html', true) &&
      !f.isTrustedSender('app://ledelsesrum/index.html', false) &&
      !f.isTrustedSender('app://andet/index.html', true) &&
      !f.isTrustedSender(null, true) &&
      !f.isTrustedSender('https://ledelsesrum/index.html', true),
  ],
  [
    'no generic IPC exposed',
    (f) =>
      !Object.keys(f.exposedApi).some((k) => /invoke|send|ipc|on$/i.test(k)) &&
      Object.values(f.exposedApi).every(
        (group) =>
          typeof group === 'object' &&
          group !== null &&
          !Object.keys(group).some((k) => /^(invoke|send|on|ipcRenderer)$/.test(k)),
      ),
  ],
  ['fuse: run as node off', (f) => f.fuses.runAsNode === false],
  ['fuse: NODE_OPTIONS off', (f) => f.fuses.enableNodeOptionsEnvironmentVariable === false],
  ['fuse: inspect arguments off', (f) => f.fuses.enableNodeCliInspectArguments === false],
  ['fuse: file protocol privileges off', (f) => f.fuses.grantFileProtocolExtraPrivileges === false],
  [
    'fuse: asar integrity on',
    (f) => f.fuses.enableEmbeddedAsarIntegrityValidation === true && f.fuses.onlyLoadAppFromAsar === true,
  ],
];

/** The names of every checklist item the facts fail; empty when all hold. */
export function securityChecklistViolations(facts: SecurityFacts): string[] {
  return checks.filter(([, holds]) => !holds(facts)).map(([name]) => name);
}

/** The number of items on the checklist. */
export const CHECKLIST_SIZE = checks.length;
