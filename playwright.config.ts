import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Not the default test-results/: Playwright empties its output folder, and the unit report lives there.
  outputDir: 'test-results/e2e-artifacts',
  // Each test starts its own Chromium with the extension; two cores, so one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Dates as a British user reads them, unless a test says otherwise (utils/dates.ts formats for the browser's language).
  use: { trace: 'retain-on-failure', locale: 'en-GB' },
  // Everything on a light system; the pages' accessibility checks and screenshots on a dark one too.
  projects: [
    { name: 'light', use: { colorScheme: 'light' } },
    { name: 'dark', use: { colorScheme: 'dark' }, testMatch: /[\\/](accessibility|keyboard|look)\.spec\.ts$/ },
  ],
});
