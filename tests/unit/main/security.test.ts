import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedExternalUrl, isTrustedSender } from '../../../electron/main/security/app-origin';
import { resolveAppPath } from '../../../electron/main/security/resolve-app-path';
import { secureWebPreferences } from '../../../electron/main/security/web-preferences';
import { contentSecurityPolicy } from '../../../electron/shared/security/csp';

describe('window settings', () => {
  it('isolate the page from Node and Electron', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('IPC sender check', () => {
  it('accepts only our own top frame', () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
    expect(isTrustedSender('app://ledelsesrum/index.html#/netvaerk', true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false);
    expect(isTrustedSender('https://ledelsesrum/index.html', true)).toBe(false);
    expect(isTrustedSender('file:///index.html', true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender('ikke en adresse', true)).toBe(false);
  });
});

describe('external links', () => {
  it('allow only https and mailto', () => {
    expect(isAllowedExternalUrl('https://www.kommune.dk')).toBe(true);
    expect(isAllowedExternalUrl('mailto:mette@kommune.example')).toBe(true);
    for (const url of [
      'http://kommune.dk',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:x',
      '',
    ]) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });
});

describe('app:// protocol', () => {
  const root = path.resolve('/srv/app/renderer');
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://ledelsesrum/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ledelsesrum/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ledelsesrum/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });
  it('refuses traversal, other hosts and tricks', () => {
    // The URL parser folds a literal `..` away, so it can at most reach the folder itself.
    expect(resolveAppPath(root, 'app://ledelsesrum/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://ledelsesrum/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    for (const url of [
      'app://ledelsesrum/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://ledelsesrum/..%5csecret',
      'app://ledelsesrum/a%00.js',
      'app://other/index.html',
      'file:///srv/app/renderer/index.html',
      'app://ledelsesrum/%E0%A4%A',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });
});

describe('Content-Security-Policy', () => {
  it('allows only our own scripts and styles, with no inline code or eval', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
