import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOOR_HTML, DOOR_SCRIPT, DOOR_STYLE } from '../../../electron/preview/preview-door';
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/preview-server';
import type { Dispatch } from '../../../electron/services/dispatcher';
import { channelNames } from '../../../electron/shared/contract';
import { must, startTempServices, type TempServices } from '../../support/temp-services';

const SECRET_WORD = 'Hemmeligfnugordet';

let services: TempServices;
let server: PreviewServer;
let site: string;
let dispatched: string[];

beforeEach(async () => {
  services = await startTempServices();
  await must(services, 'reflections:create', { kind: 'fri', title: SECRET_WORD, body: SECRET_WORD, private: true });
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-site-'));
  await fs.mkdir(path.join(site, 'assets'));
  await fs.writeFile(
    path.join(site, 'index.html'),
    '<html><head><title>Ledelsesrum</title></head><body></body></html>',
  );
  await fs.writeFile(path.join(site, 'assets', 'app.js'), 'window.appCode = true;');
  await fs.writeFile(path.join(site, 'bridge.js'), 'window.bridged = true;');
  dispatched = [];
  const dispatch: Dispatch = (channel, input) => {
    dispatched.push(String(channel));
    return services.dispatch(channel, input);
  };
  server = await startPreviewServer({ rendererDir: site, bridgeFile: path.join(site, 'bridge.js'), dispatch });
});
afterEach(async () => {
  await server.close();
  await services.dispose();
  await fs.rm(site, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so Host, Origin and Cookie can be anything a non-browser client sends. */
function request(method: string, pathname: string, headers: Record<string, string>, body = ''): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: Number(port), method, path: pathname, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => new URL(server.url).host;
const origin = () => new URL(server.url).origin;
const secretOf = (launchUrl: string) => new URL(launchUrl).hash.replace('#adgang=', '');

/** The documented way in: the door page's script posts the fragment's secret from our own origin. */
async function enter(launchUrl: string): Promise<string> {
  const answer = await request('POST', '/__adgang', { host: host(), origin: origin() }, secretOf(launchUrl));
  expect(answer.status).toBe(204);
  const cookie = String(answer.headers['set-cookie'] ?? '');
  return cookie.split(';')[0] ?? '';
}

const callApi = (channel: string, body: unknown, cookie: string) =>
  request(
    'POST',
    `/api/${channel}`,
    { host: host(), origin: origin(), cookie, 'content-type': 'application/json' },
    JSON.stringify(body),
  );

describe('the closed preview', () => {
  it('gives a client that knows only the port nothing but the door, on any path, channel and headers', async () => {
    const port = new URL(server.url).port;
    const cookieName = `ledelsesrum-${port}`;
    const hosts = [host(), `localhost:${port}`, `evil.example:${port}`, '127.0.0.1', ''];
    const origins = [undefined, origin(), 'null', 'https://angriber.example', `http://localhost:${port}`];
    const cookies = [undefined, `${cookieName}=${'0'.repeat(64)}`, `${cookieName}=`, `ledelsesrum=${'a'.repeat(64)}`];
    const paths = [
      '/',
      '/__door.js',
      '/__door.css',
      '/index.html',
      '/__bridge.js',
      '/assets/app.js',
      '/bridge.js',
      '/%2e%2e/index.html',
    ];
    const channels = [...channelNames, 'no:such'];
    const answers: Answer[] = [];
    for (const h of hosts)
      for (const o of origins)
        for (const c of cookies) {
          const headers: Record<string, string> = { 'x-ledelsesrum-token': 'gæt', 'x-forwarded-for': '127.0.0.1' };
          if (h) headers.host = h;
          if (o) headers.origin = o;
          if (c) headers.cookie = c;
          for (const p of paths) for (const m of ['GET', 'POST']) answers.push(await request(m, p, headers));
          answers.push(await request('POST', '/__adgang', headers, 'f'.repeat(64)));
        }
    // Every channel, with the most convincing headers a stranger can forge.
    for (const channel of channels) {
      const forged = {
        host: host(),
        origin: origin(),
        cookie: `${cookieName}=${'1'.repeat(64)}`,
        'content-type': 'application/json',
      };
      answers.push(await request('POST', `/api/${encodeURIComponent(channel)}`, forged, '{}'));
      answers.push(await request('GET', `/api/${encodeURIComponent(channel)}`, forged));
    }

    expect(dispatched).toEqual([]);
    for (const answer of answers) {
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(answer.body).not.toContain(SECRET_WORD);
      expect(answer.body).not.toContain(secretOf(server.launchUrl()));
      if (answer.status === 200) expect([DOOR_HTML, DOOR_SCRIPT, DOOR_STYLE, '']).toContain(answer.body);
    }
    // What the stranger could reach at all: only the door page, its script and style, and only with our Host.
    const opened = answers.filter((a) => a.status === 200 && a.body !== '');
    expect(new Set(opened.map((a) => a.body))).toEqual(new Set([DOOR_HTML, DOOR_SCRIPT, DOOR_STYLE]));

    // The session those answers never showed still exists: the launch URL was not used up by them.
    const cookie = await enter(server.launchUrl());
    const session = cookie.split('=')[1] ?? '';
    expect(session).toMatch(/^[0-9a-f]{64}$/);
    for (const answer of answers) expect(answer.body).not.toContain(session);
  }, 120_000);

  it('lets the holder of the launch URL in once, with an HttpOnly, SameSite=Strict cookie', async () => {
    const launchUrl = server.launchUrl();
    expect(new URL(launchUrl).hostname).toBe('127.0.0.1');
    const exchange = await request('POST', '/__adgang', { host: host(), origin: origin() }, secretOf(launchUrl));
    expect(String(exchange.headers['set-cookie'])).toMatch(
      /^ledelsesrum-\d+=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/,
    );
    const cookie = String(exchange.headers['set-cookie']).split(';')[0] ?? '';

    const page = await request('GET', '/', { host: host(), cookie });
    expect(page.body).toContain('<script src="/__bridge.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const created = await callApi('networks:create', { name: 'Via browseren' }, cookie);
    expect((JSON.parse(created.body) as { ok: boolean }).ok).toBe(true);
    expect((await must(services, 'networks:list', {})).map((n) => n.name)).toEqual(['Via browseren']);

    // The same secret a second time opens nothing.
    const again = await request('POST', '/__adgang', { host: host(), origin: origin() }, secretOf(launchUrl));
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('needs our own Origin on the exchange and on every call, cookie or not', async () => {
    const launchUrl = server.launchUrl();
    const foreign = await request(
      'POST',
      '/__adgang',
      { host: host(), origin: 'https://angriber.example' },
      secretOf(launchUrl),
    );
    expect(foreign.status).toBe(403);
    const cookie = await enter(launchUrl);
    const noOrigin = await request('POST', '/api/networks:create', { host: host(), cookie }, '{"name":"x"}');
    const wrongOrigin = await request(
      'POST',
      '/api/networks:create',
      { host: host(), cookie, origin: 'null' },
      '{"name":"x"}',
    );
    const wrongHost = await request(
      'POST',
      '/api/networks:create',
      { host: `localhost:${new URL(server.url).port}`, cookie, origin: origin() },
      '{"name":"x"}',
    );
    expect([noOrigin.status, wrongOrigin.status, wrongHost.status]).toEqual([403, 403, 421]);
    expect(dispatched).toEqual([]);
  });

  it('a renewed launch URL replaces the unused one', async () => {
    const first = server.launchUrl();
    const second = server.renewLaunchUrl();
    expect(second).not.toBe(first);
    const stale = await request('POST', '/__adgang', { host: host(), origin: origin() }, secretOf(first));
    expect(stale.status).toBe(403);
    await enter(second);
  });

  it('does not serve files outside the renderer folder, even with the cookie', async () => {
    const cookie = await enter(server.launchUrl());
    const response = await request('GET', '/..%2f..%2fetc%2fpasswd', { host: host(), cookie });
    expect(response.status).toBe(404);
  });
});
