import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * The app makes no network request at all. Chromium's spellchecker on Linux and Windows would
 * fetch Hunspell dictionaries from Google's servers the first time a language is used; it is pointed
 * at our own scheme instead, which only ever serves files on disk (it finds no dictionary there,
 * so nothing is downloaded). Dictionaries already in Chromium's own Dictionaries folder, and the
 * operating system's spellchecker on macOS and Windows, still work. As a second wall every
 * http(s)/ws(s)/ftp request the session would make is cancelled.
 */
export const OFFLINE_DICTIONARY_URL = `${APP_SCHEME}://${APP_HOST}/ordbog-hentes-ikke/`;

/** The part of Electron's Session this needs; main passes `session.defaultSession`. */
export interface OfflineSessionTarget {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** Every URL pattern that could reach the network. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** True for a URL the session may load: only our own app:// pages and data: images. */
export function isOfflineUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) || url.protocol === 'data:';
  } catch {
    return false;
  }
}

export function keepSessionOffline(session: OfflineSessionTarget): void {
  session.setSpellCheckerDictionaryDownloadURL(OFFLINE_DICTIONARY_URL);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) =>
    callback({ cancel: !isOfflineUrl(details.url) }),
  );
}
