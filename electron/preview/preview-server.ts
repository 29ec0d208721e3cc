import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor } from '../main/security/resolve-app-path';
import type { Dispatch } from '../services/dispatcher';
import { MAX_REQUEST_BYTES } from '../shared/contract/data';
import { contentSecurityPolicy } from '../shared/security/csp';
import { PreviewAccess } from './preview-access';
import {
  DOOR_HTML,
  DOOR_SCRIPT,
  DOOR_SCRIPT_PATH,
  DOOR_STYLE,
  DOOR_STYLE_PATH,
  EXCHANGE_PATH,
  FRAGMENT_KEY,
} from './preview-door';

/** What the preview server needs: the built files and the services' dispatcher. */
export interface PreviewOptions {
  rendererDir: string;
  bridgeFile: string;
  dispatch: Dispatch;
  /** 0 picks a free port. */
  port?: number;
  /** Told each time a launch secret was traded for the session (the CLI then removes its opener file). */
  onEntered?: () => void;
}

/** A running preview server. */
export interface PreviewServer {
  /** The server's own address; on its own it opens only the door page. */
  url: string;
  /** The one-time address that lets its holder in (the secret is in the fragment). */
  launchUrl(): string;
  /** A fresh one-time address; the previous unused one stops working. */
  renewLaunchUrl(): string;
  close(): Promise<void>;
}

// The contract's own bound, so any input it allows (a long export being imported) gets through.
const MAX_BODY_BYTES = MAX_REQUEST_BYTES;
const TEXT = 'text/plain; charset=utf-8';

/**
 * Serves the built renderer on 127.0.0.1 with the contract bridged over HTTP to the real services.
 * Every request must name our own host (against DNS rebinding); without the session cookie only
 * the door page answers; API calls also need our own Origin. See the preview decision record in docs/decisions.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const root = path.resolve(options.rendererDir);
  let origin = '';
  // eslint-disable-next-line prefer-const -- set once below, after the handlers that read it are defined
  let access: PreviewAccess;

  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => send(response, 500, TEXT, 'Intern fejl'));
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) return send(response, 421, TEXT, 'Forkert vært');
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === EXCHANGE_PATH) return handleExchange(request, response);
    if (!access.admits(request.headers.cookie)) return handleStranger(request, response, url);
    if (url.pathname.startsWith('/api/'))
      return handleApi(request, response, decodeURIComponent(url.pathname.slice(5)));
    if (request.method !== 'GET') return send(response, 405, TEXT, 'Ikke tilladt');
    if (url.pathname === '/__bridge.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', await fs.readFile(options.bridgeFile));
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return send(response, 404, TEXT, 'Ikke fundet');
    const body = await fs.readFile(file).catch(() => null);
    if (!body) return send(response, 404, TEXT, 'Ikke fundet');
    if (file.endsWith('index.html'))
      return send(response, 200, 'text/html; charset=utf-8', injectBridge(body.toString('utf8')));
    return send(response, 200, contentTypeFor(file), body);
  }

  /** Without the cookie: the door page, its script and style, and nothing else. */
  function handleStranger(request: http.IncomingMessage, response: http.ServerResponse, url: URL): void {
    if (request.method === 'GET' && url.pathname === '/')
      return send(response, 200, 'text/html; charset=utf-8', DOOR_HTML);
    if (request.method === 'GET' && url.pathname === DOOR_SCRIPT_PATH)
      return send(response, 200, 'text/javascript; charset=utf-8', DOOR_SCRIPT);
    if (request.method === 'GET' && url.pathname === DOOR_STYLE_PATH)
      return send(response, 200, 'text/css; charset=utf-8', DOOR_STYLE);
    send(response, 403, TEXT, 'Afvist');
  }

  async function handleExchange(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.headers.origin !== origin) return send(response, 403, TEXT, 'Afvist');
    const body = await readBody(request, 200);
    const cookie = body === null ? null : access.exchange(body.trim());
    if (!cookie) return send(response, 403, TEXT, 'Afvist');
    send(response, 204, TEXT, '', { 'set-cookie': cookie });
    options.onEntered?.();
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, TEXT, 'Ikke tilladt');
    if (request.headers.origin !== origin) return send(response, 403, TEXT, 'Afvist');
    const body = await readBody(request, MAX_BODY_BYTES);
    let input: unknown;
    try {
      input = body === null ? undefined : JSON.parse(body);
    } catch {
      input = undefined;
    }
    const result =
      body === null
        ? {
            ok: false,
            error: {
              code: 'invalid-input',
              message: 'Forespørgslen er for stor.',
              messageEn: 'The request is too large.',
            },
          }
        : await options.dispatch(channel, input);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  access = new PreviewAccess(port);
  return {
    url: `${origin}/`,
    launchUrl: () => `${origin}/#${FRAGMENT_KEY}=${access.launchSecret()}`,
    renewLaunchUrl: () => `${origin}/#${FRAGMENT_KEY}=${access.renewLaunchSecret()}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Puts the bridge script in front of the app's own script. */
export function injectBridge(html: string): string {
  return html.replace('</title>', `</title>\n    <script src="/__bridge.js"></script>\n`);
}

function send(
  response: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  response.end(body);
}

async function readBody(request: http.IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
