/** Bundles the Electron main process, the sandboxed preload (CommonJS) and the browser bridge. */
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'es2023' } as const;

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/main/index.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  // A sandboxed preload can only require('electron'), so everything else is bundled in, as CommonJS.
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preview/browser-bridge.ts'],
    outfile: 'dist/bridge/browser-bridge.js',
    platform: 'browser',
    format: 'iife',
  }),
]);
