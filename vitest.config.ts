import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's pure helpers import shared code the way the app's build resolves it.
  resolve: { alias: { $shared: fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
