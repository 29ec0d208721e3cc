import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  resolve: { alias: { $shared: fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // No inline scripts or data: modules: the Content-Security-Policy allows only files from our origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
