import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { info, under, type Figure } from './figures';
import { round } from './stats';

/**
 * Gzipped size of what the renderer loads before the first screen: the scripts and styles that
 * index.html names (entry and module preloads), not chunks fetched later for other screens.
 */
export async function measureInitialSize(rendererDir: string): Promise<Figure[]> {
  const html = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const sizeOf = async (ext: string): Promise<number> => {
    let total = 0;
    for (const file of referenced.filter((f) => f.endsWith(ext)))
      total += gzipSync(await fs.readFile(path.join(rendererDir, file))).length;
    return total / 1024;
  };
  const js = await sizeOf('.js');
  const css = await sizeOf('.css');
  return [
    under('size.initialJs', 'Renderer: første JS (gzip)', round(js), 'KB', 150),
    info('size.initialCss', 'Renderer: første CSS (gzip)', round(css), 'KB'),
  ];
}
