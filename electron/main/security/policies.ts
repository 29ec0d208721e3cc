import { APP_ENTRY_URL, APP_SCHEME, isAllowedExternalUrl } from './app-origin';

/** Privileges of the app:// scheme: a standard, secure origin that can fetch its own files, nothing more. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** Whether a window may navigate to a URL: only to our own start page (a reload). */
export function allowNavigation(url: string): boolean {
  return url === APP_ENTRY_URL;
}

/** Redirects are never followed: the app loads nothing from anywhere else. */
export function allowRedirect(_url: string): boolean {
  return false;
}

/** The one window a page may open: the projector view of a meeting, on our own start page. */
const PROJECTOR_PREFIX = `${APP_ENTRY_URL}#/moeder/`;

/** True for the projector view's address and nothing else. */
export function isProjectorUrl(url: string): boolean {
  return url.startsWith(PROJECTOR_PREFIX) && /^[A-Za-z0-9_-]{1,64}\/skaerm$/.test(url.slice(PROJECTOR_PREFIX.length));
}

/**
 * The channels a projector window may call: its projection, the profile's language and theme, and
 * whether the data is open at all (it shows nothing while locked; it can neither open nor lock it).
 */
export const PROJECTOR_CHANNELS: readonly string[] = ['live:projection', 'profile:get', 'vault:status'];

/**
 * The channels the hidden print window may call: the document it prints, the profile's language and
 * theme, and whether the data is open. It reads nothing else and changes nothing.
 */
export const PRINT_CHANNELS: readonly string[] = ['documents:print-view', 'profile:get', 'vault:status'];

/** The windows held to one view's channels. */
export type RestrictedWindowKind = 'projector' | 'print';

/** Whether a projector or print window may make this call. */
export function restrictedMayCall(kind: RestrictedWindowKind, channel: string): boolean {
  return (kind === 'projector' ? PROJECTOR_CHANNELS : PRINT_CHANNELS).includes(channel);
}

/** Whether a projector window may make this call. */
export function projectorMayCall(channel: string): boolean {
  return restrictedMayCall('projector', channel);
}

/**
 * What to do when the page asks for a new window: only the projector view opens (as our own page,
 * with the same locked-down preferences); everything else is denied, https/mailto handed to the system.
 */
export function windowOpenDecision(url: string): { action: 'allow' | 'deny'; openExternally: boolean } {
  if (isProjectorUrl(url)) return { action: 'allow', openExternally: false };
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/** Permission requests (camera, notifications, …) are all refused: the app needs none. */
export function grantPermission(_permission: string): boolean {
  return false;
}

/** Webviews are never attached. */
export function allowWebview(): boolean {
  return false;
}
