import { session, shell, type WebContents, type WebPreferences } from 'electron';
import { keepSessionOffline } from './offline-session';
import { markRestrictedWindow } from './restricted-windows';
import { allowNavigation, allowRedirect, allowWebview, grantPermission, windowOpenDecision } from './policies';

/** Denies every permission (camera, notifications, …): the app needs none. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(grantPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantPermission(permission));
}

/** No network at all: no dictionary download, no http(s) request from the session. */
export function keepDefaultSessionOffline(): void {
  keepSessionOffline(session.defaultSession);
}

/**
 * Keeps a window on our own page: no navigation, no redirects, no webviews, no new windows but the
 * projector view (our own page, same preferences).
 * Links to https/mailto open in the user's own browser or mail program instead.
 */
export function guardWebContents(contents: WebContents, projectorPreferences: WebPreferences): void {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowRedirect(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!allowWebview()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(url);
    if (decision.action === 'allow') {
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          title: 'Ledelsesrum – skærmvisning',
          width: 1280,
          height: 720,
          autoHideMenuBar: true,
          webPreferences: projectorPreferences,
        },
      };
    }
    return { action: 'deny' };
  });
  // The only window a page can open is the projector view: its calls are held to that view's channels.
  contents.on('did-create-window', (window) => markRestrictedWindow(window.webContents, 'projector'));
}
