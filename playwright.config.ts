import { defineConfig } from '@playwright/test';
import { SWEEP, TIME_ZONE } from './tests/harness/clock';

// The Node side (the demo's generated history) in the browser's zone (tests/harness/clock.ts).
process.env.TZ = TIME_ZONE;

/** Specs whose expectations move with "now" (the demo's week): the clock sweep runs them at every instant of SWEEP. */
const DATE_DEPENDENT = /[\\/]demo\.spec\.ts$/;

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
  projects: [
    // Everything on a light system, on the fixed clock (E2E_NOW or DEFAULT_NOW).
    { name: 'light', use: { colorScheme: 'light' } },
    // The pages' accessibility checks and screenshots on a dark one too.
    { name: 'dark', use: { colorScheme: 'dark' }, testMatch: /[\\/](accessibility|keyboard|look)\.spec\.ts$/ },
    // The clock sweep: what depends on the time of day and week, at each instant.
    ...Object.entries(SWEEP).map(([name, startAt]) => ({
      name: `clock ${name}`,
      use: { colorScheme: 'light' as const, startAt },
      testMatch: DATE_DEPENDENT,
    })),
  ],
});
