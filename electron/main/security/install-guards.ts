import { session, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAllowedExternalUrl } from './app-origin';

/** Denies every permission (camera, notifications, …): the app needs none. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Keeps a window on our own page: no navigation, no new windows, no webviews.
 * Links to https/mailto open in the user's own browser or mail program instead.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== APP_ENTRY_URL) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
