import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

/** Sizes of the Linux icon set; electron-builder reads the size from each file name. */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

/** One PNG to produce from the source icon. */
export interface IconOutput {
  file: string;
  size: number;
}

/** Every PNG the app and the installers need, relative to the repository root. */
export function iconOutputs(): IconOutput[] {
  return [
    // electron-builder turns this one into .ico and .icns; macOS wants 1024 for Retina.
    { file: 'build/icon.png', size: 1024 },
    ...LINUX_ICON_SIZES.map((size) => ({ file: `build/icons/${size}x${size}.png`, size })),
    { file: 'resources/icon-256.png', size: 256 },
  ];
}

/** Renders the SVG to a square PNG; drawing each size from the vector keeps small icons crisp. */
export function renderIcon(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
    logLevel: 'error',
  });
  return resvg.render().asPng();
}

/** Writes all icon PNGs from resources/icon.svg under the given repository root. */
export function makeIcons(root: string): string[] {
  const svg = readFileSync(path.join(root, 'resources', 'icon.svg'), 'utf8');
  return iconOutputs().map(({ file, size }) => {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, renderIcon(svg, size));
    return file;
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of makeIcons(root)) console.log(`skrev / wrote ${file}`);
}
