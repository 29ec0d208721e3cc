import { defineConfig } from '@playwright/test';

/** End-to-end tests: the built renderer in a real Chromium, bridged to the real services. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // On a busy CI machine one second try; a test that needs it is still named as flaky in the report and summary.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    colorScheme: 'light',
  },
});
