import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor } from '../main/security/resolve-app-path';
import type { Dispatch } from '../services/dispatcher';
import { contentSecurityPolicy } from '../shared/security/csp';

/** What the preview server needs: the built files and the services' dispatcher. */
export interface PreviewOptions {
  rendererDir: string;
  bridgeFile: string;
  dispatch: Dispatch;
  /** 0 picks a free port. */
  port?: number;
}

/** A running preview server. */
export interface PreviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Serves the built renderer on 127.0.0.1 with the contract bridged over HTTP to the real services.
 * Only loopback, only our own origin (Host and Origin checked, against DNS rebinding), and only
 * with the random token this run put into the page.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = randomBytes(24).toString('hex');
  const root = path.resolve(options.rendererDir);
  let origin = '';

  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'Intern fejl'));
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host)
      return send(response, 421, 'text/plain; charset=utf-8', 'Forkert vært');
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/'))
      return handleApi(request, response, decodeURIComponent(url.pathname.slice(5)));
    if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'Ikke tilladt');
    if (url.pathname === '/__bridge.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', await fs.readFile(options.bridgeFile));
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return send(response, 404, 'text/plain; charset=utf-8', 'Ikke fundet');
    const body = await fs.readFile(file).catch(() => null);
    if (!body) return send(response, 404, 'text/plain; charset=utf-8', 'Ikke fundet');
    if (file.endsWith('index.html'))
      return send(response, 200, 'text/html; charset=utf-8', injectBridge(body.toString('utf8'), token));
    return send(response, 200, contentTypeFor(file), body);
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Ikke tilladt');
    if (request.headers.origin !== origin || request.headers['x-ledelsesrum-token'] !== token) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Afvist');
    }
    const body = await readBody(request);
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
  return {
    url: `${origin}/`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Puts the token and the bridge script in front of the app's own script. */
export function injectBridge(html: string, token: string): string {
  const tags = `<meta name="ledelsesrum-token" content="${token}">\n    <script src="/__bridge.js"></script>\n`;
  return html.replace('</title>', `</title>\n    ${tags}`);
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
