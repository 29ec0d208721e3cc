import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedExternalUrl, isTrustedSender } from '../../../electron/main/security/app-origin';
import {
  CHECKLIST_SIZE,
  securityChecklistViolations,
  type SecurityFacts,
} from '../../../electron/main/security/checklist';
import {
  allowNavigation,
  allowRedirect,
  allowWebview,
  APP_SCHEME_PRIVILEGES,
  grantPermission,
  windowOpenDecision,
} from '../../../electron/main/security/policies';
import { resolveAppPath } from '../../../electron/main/security/resolve-app-path';
import { secureWebPreferences } from '../../../electron/main/security/web-preferences';
import { buildApi } from '../../../electron/shared/contract/build-api';
import { contentSecurityPolicy } from '../../../electron/shared/security/csp';

const builderConfig = createRequire(import.meta.url)('../../../electron-builder.config.cjs') as {
  electronFuses: Record<string, unknown>;
};

/** The facts exactly as main and the packaging config use them. */
function actualFacts(): SecurityFacts {
  return {
    webPreferences: secureWebPreferences('/app/preload.cjs'),
    csp: contentSecurityPolicy(),
    entryUrl: APP_ENTRY_URL,
    schemePrivileges: { ...APP_SCHEME_PRIVILEGES.privileges },
    resolveAppPath,
    allowNavigation,
    allowRedirect,
    windowOpenDecision,
    grantPermission,
    allowWebview,
    isAllowedExternalUrl,
    isTrustedSender,
    exposedApi: buildApi(async () => ({ ok: true, value: null })),
    fuses: builderConfig.electronFuses,
  };
}

/** One flipped setting per checklist item: each must be caught. */
const flips: Array<[string, (f: SecurityFacts) => SecurityFacts]> = [
  ...(['contextIsolation', 'sandbox', 'webSecurity'] as const).map(
    (key): [string, (f: SecurityFacts) => SecurityFacts] => [
      key,
      (f) => ({ ...f, webPreferences: { ...f.webPreferences, [key]: false } }),
    ],
  ),
  ...(
    [
      'nodeIntegration',
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
    ] as const
  ).map((key): [string, (f: SecurityFacts) => SecurityFacts] => [
    key,
    (f) => ({ ...f, webPreferences: { ...f.webPreferences, [key]: true } }),
  ]),
  ['csp unsafe-inline', (f) => ({ ...f, csp: f.csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") })],
  ['csp unsafe-eval', (f) => ({ ...f, csp: f.csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'") })],
  ['file://', (f) => ({ ...f, entryUrl: 'file:///app/index.html' })],
  ['scheme bypasses CSP', (f) => ({ ...f, schemePrivileges: { ...f.schemePrivileges, bypassCSP: true } })],
  [
    'traversal',
    (f) => ({ ...f, resolveAppPath: (root, url) => `${root}/${decodeURIComponent(new URL(url).pathname)}` }),
  ],
  ['navigation', (f) => ({ ...f, allowNavigation: () => true })],
  ['redirect', (f) => ({ ...f, allowRedirect: () => true })],
  ['window open', (f) => ({ ...f, windowOpenDecision: () => ({ action: 'allow', openExternally: false }) })],
  ['permission', (f) => ({ ...f, grantPermission: (p) => p === 'notifications' })],
  ['webview', (f) => ({ ...f, allowWebview: () => true })],
  ['external http', (f) => ({ ...f, isAllowedExternalUrl: (u) => /^https?:/.test(u) })],
  ['sender any frame', (f) => ({ ...f, isTrustedSender: (u) => u !== null && u.startsWith('app://ledelsesrum') })],
  [
    'sender origin only',
    (f) => ({ ...f, isTrustedSender: (u) => u !== null && new URL(u).origin === new URL('app://ledelsesrum/').origin }),
  ],
  ['generic invoke', (f) => ({ ...f, exposedApi: { ...f.exposedApi, invoke: () => undefined } })],
  ...(
    [
      'runAsNode',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'grantFileProtocolExtraPrivileges',
    ] as const
  ).map((key): [string, (f: SecurityFacts) => SecurityFacts] => [
    key,
    (f) => ({ ...f, fuses: { ...f.fuses, [key]: true } }),
  ]),
  ...(['enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar'] as const).map(
    (key): [string, (f: SecurityFacts) => SecurityFacts] => [
      key,
      (f) => ({ ...f, fuses: { ...f.fuses, [key]: false } }),
    ],
  ),
];

describe('the Electron security checklist', () => {
  it('holds for every setting main and the packaging use', () => {
    expect(CHECKLIST_SIZE).toBeGreaterThanOrEqual(20);
    expect(securityChecklistViolations(actualFacts())).toEqual([]);
  });

  for (const [name, flip] of flips) {
    it(`catches a flipped setting: ${name}`, () => {
      expect(securityChecklistViolations(flip(actualFacts())).length).toBeGreaterThan(0);
    });
  }
});
