import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/security/app-origin';
import { keepSessionOffline, type OfflineSessionTarget } from '../../../electron/main/security/offline-session';

/** Chromium's own default for the Hunspell download (the Google CDN). */
const CHROMIUM_DICTIONARY_URL = 'https://redirector.gvt1.com/edgedl/chrome/dict/';

/**
 * A stand-in for an Electron session that behaves as Chromium does where it matters: a missing
 * dictionary is fetched from the download URL, and each request passes the webRequest listener
 * whose patterns match it before anything leaves the machine. It records what would have left.
 */
function fakeSession() {
  let downloadUrl = CHROMIUM_DICTIONARY_URL;
  const listeners: Array<{
    patterns: string[];
    listener: Parameters<OfflineSessionTarget['webRequest']['onBeforeRequest']>[1];
  }> = [];
  const outside: string[] = [];
  const matches = (pattern: string, url: string) =>
    new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(url);
  const request = (url: string) => {
    const listener = listeners.find((l) => l.patterns.some((p) => matches(p, url)));
    let cancelled = false;
    listener?.listener({ url }, (response) => (cancelled = response.cancel));
    if (!cancelled && /^(https?|wss?|ftp):/.test(url)) outside.push(url);
  };
  const session: OfflineSessionTarget = {
    setSpellCheckerDictionaryDownloadURL: (url) => (downloadUrl = url),
    webRequest: { onBeforeRequest: (filter, listener) => listeners.push({ patterns: filter.urls, listener }) },
  };
  return {
    session,
    outside,
    request,
    /** What Chromium does when a text field is spell-checked in a language it has no file for. */
    listener: () => {
      const first = listeners[0];
      if (!first) throw new Error('no webRequest listener installed');
      return first.listener;
    },
    needDictionary: (language: string) => request(`${downloadUrl}${language.toLowerCase()}-3-0.bdic`),
  };
}

describe('the main session makes no network request', () => {
  it('an unconfigured session would fetch dictionaries from the internet (the fake models Chromium)', () => {
    const fake = fakeSession();
    fake.needDictionary('da-DK');
    expect(fake.outside).toEqual([`${CHROMIUM_DICTIONARY_URL}da-dk-3-0.bdic`]);
  });

  it('configured as main configures it, neither dictionaries nor any page request leave the machine', () => {
    const fake = fakeSession();
    keepSessionOffline(fake.session);
    for (const language of ['da-DK', 'en-US', 'en-GB', 'nb']) fake.needDictionary(language);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/x',
      'http://[::1]/',
      'wss://example.com/socket',
      'ws://localhost/',
      'ftp://example.com/file',
      'https://redirector.gvt1.com/edgedl/chrome/dict/da-dk-3-0.bdic',
    ])
      fake.request(url);
    expect(fake.outside).toEqual([]);
  });

  it('the listener main installs lets through only our own app:// pages', () => {
    const fake = fakeSession();
    keepSessionOffline(fake.session);
    const decisions: Record<string, boolean> = {};
    const listener = fake.listener();
    for (const url of [APP_ENTRY_URL, 'app://ledelsesrum/assets/app.js', 'https://ledelsesrum/', 'app://evil/x'])
      listener({ url }, (response) => (decisions[url] = response.cancel));
    expect(decisions).toEqual({
      [APP_ENTRY_URL]: false,
      'app://ledelsesrum/assets/app.js': false,
      'https://ledelsesrum/': true,
      'app://evil/x': true,
    });
  });
});
