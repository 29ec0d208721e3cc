import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The renderer's pure helpers import shared code the way the app's build resolves it.
const alias = { $shared: fileURLToPath(new URL('./electron/shared', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/renderer-state/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // The renderer's state classes, compiled by Svelte as in the app (client runtime), against a fake api.
        plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
        resolve: { alias, conditions: ['browser'] },
        test: {
          name: 'renderer-state',
          include: ['tests/unit/renderer-state/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
