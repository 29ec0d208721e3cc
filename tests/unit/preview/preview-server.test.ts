import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/preview-server';
import { must, startTempServices, type TempServices } from '../../support/temp-services';

let services: TempServices;
let server: PreviewServer;
let site: string;

beforeEach(async () => {
  services = await startTempServices();
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-site-'));
  await fs.writeFile(
    path.join(site, 'index.html'),
    '<html><head><title>Ledelsesrum</title></head><body></body></html>',
  );
  await fs.writeFile(path.join(site, 'bridge.js'), 'window.bridged = true;');
  server = await startPreviewServer({
    rendererDir: site,
    bridgeFile: path.join(site, 'bridge.js'),
    dispatch: services.dispatch,
  });
});
afterEach(async () => {
  await server.close();
  await services.dispose();
  await fs.rm(site, { recursive: true, force: true });
});

const origin = () => new URL(server.url).origin;
const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin()}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: origin(), 'x-ledelsesrum-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('the browser preview', () => {
  it('listens on loopback only and puts the token and bridge into the page', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const html = await (await fetch(server.url)).text();
    expect(html).toContain(`<meta name="ledelsesrum-token" content="${server.token}">`);
    expect(html).toContain('<script src="/__bridge.js"></script>');
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('bridges contract calls to the real services', async () => {
    const response = await call('networks:create', { name: 'Via browseren' });
    const result = (await response.json()) as { ok: boolean; value: { name: string } };
    expect(result.ok).toBe(true);
    expect(result.value.name).toBe('Via browseren');
    expect((await must<Array<{ name: string }>>(services, 'networks:list', {})).map((n) => n.name)).toEqual([
      'Via browseren',
    ]);
  });

  it('refuses calls without the token or from another origin, changing nothing', async () => {
    const noToken = await call('networks:create', { name: 'x' }, { 'x-ledelsesrum-token': 'gæt' });
    const foreign = await call('networks:create', { name: 'x' }, { origin: 'https://angriber.example' });
    expect(noToken.status).toBe(403);
    expect(foreign.status).toBe(403);
    expect(await must<unknown[]>(services, 'networks:list', {})).toEqual([]);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${origin()}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });
});
