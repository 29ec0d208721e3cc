import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../shared/security/csp';
import { APP_SCHEME } from './security/app-origin';
import { APP_SCHEME_PRIVILEGES } from './security/policies';
import { contentTypeFor, resolveAppPath } from './security/resolve-app-path';

/** Must run before the app is ready: makes app:// behave like a secure, standard origin. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { ...APP_SCHEME_PRIVILEGES, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } },
  ]);
}

/** Serves the built renderer from app:// with the strict Content-Security-Policy. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('Ikke fundet', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': contentSecurityPolicy(),
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Ikke fundet', { status: 404 });
    }
  });
}
