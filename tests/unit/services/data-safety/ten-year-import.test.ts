import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../../../electron/preview/preview-server';
import { exportFileText } from '../../../../electron/services/data-safety/export-file';
import { checkAppData } from '../../../../electron/services/storage/app-data';
import type { ImportPreview } from '../../../../electron/shared/contract/data';
import { generateDataset } from '../../../../scripts/bench/data/generate-dataset';
import { sizeForYears } from '../../../../scripts/bench/data/dataset-size';
import { startTempServices, type TempServices } from '../../../support/temp-services';

let services: TempServices;
let server: PreviewServer;
let site: string;

beforeAll(async () => {
  services = await startTempServices();
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'ledelsesrum-site-'));
  await fs.writeFile(path.join(site, 'index.html'), '<html><head></head><body></body></html>');
  await fs.writeFile(path.join(site, 'bridge.js'), '');
  server = await startPreviewServer({
    rendererDir: site,
    bridgeFile: path.join(site, 'bridge.js'),
    dispatch: services.dispatch,
  });
});
afterAll(async () => {
  await server.close();
  await services.dispose();
  await fs.rm(site, { recursive: true, force: true });
});

describe('a ten-year export', () => {
  const data = generateDataset(sizeForYears(10));

  it('passes the record schemas whole', () => {
    const checked = checkAppData(JSON.parse(JSON.stringify(data)));
    expect(checked.ok && checked.leftOut).toEqual([]);
  });

  it('is previewed for import through the browser preview, whose request limit is the contract’s', async () => {
    const content = exportFileText(data, new Date('2026-11-23T10:00:00.000Z'), 'test', []);
    expect(content.length).toBeGreaterThan(2 * 1024 * 1024);
    const origin = new URL(server.url).origin;
    // In through the door as the page does: post the launch secret, keep the cookie.
    const secret = new URL(server.launchUrl()).hash.replace('#adgang=', '');
    const door = await fetch(`${origin}/__adgang`, { method: 'POST', headers: { origin }, body: secret });
    expect(door.status).toBe(204);
    const cookie = (door.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const response = await fetch(`${origin}/api/data:import-preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ content }),
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: boolean; value: ImportPreview };
    expect(result.ok).toBe(true);
    expect(result.value.needsPassword === false && result.value.counts.reflections).toBe(data.reflections.length);
  });
});
