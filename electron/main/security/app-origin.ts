/** The custom scheme the renderer is served from; file:// would give the page access to the disk. */
export const APP_SCHEME = 'app';
/** The host part of every renderer URL. */
export const APP_HOST = 'ledelsesrum';
/** The renderer's start page. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True only for our own renderer's top frame. Compares protocol and host, because
 * `new URL('app://…').origin` is the string "null" for custom schemes and would match any of them.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isTopFrame: boolean): boolean {
  if (!frameUrl || !isTopFrame) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the app may hand to the operating system: web pages over https and e-mail addresses. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}
