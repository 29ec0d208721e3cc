/**
 * The Content-Security-Policy every host serves the renderer with (Electron's app:// protocol,
 * the browser preview, the e2e bridge), so tests run under the same policy users get.
 * No inline scripts or styles and no eval; only our own origin.
 */
export function contentSecurityPolicy(extraConnect: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${extraConnect.map((c) => ` ${c}`).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
