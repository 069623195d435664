import { defineConfig } from '@playwright/test';
import { SWEEP, TIME_ZONE } from './tests/harness/clock';

// The Node side (the demo's generated history) in the browser's zone (tests/harness/clock.ts).
process.env.TZ = TIME_ZONE;

/** Specs whose expectations move with "now" (the demo's week): the clock sweep runs them at every instant of SWEEP. */
const DATE_DEPENDENT = /[\\/]demo\.spec\.ts$/;
/** Pictures for a person to look at (`npm run look`), not part of `npm test`. */
const LOOK = /[\\/]look\.spec\.ts$/;

const suite = [
  // Everything on a light system, on the fixed clock (E2E_NOW or DEFAULT_NOW).
  { name: 'light', use: { colorScheme: 'light' as const }, testIgnore: LOOK },
  // The pages' accessibility and keyboard checks on a dark one too.
  { name: 'dark', use: { colorScheme: 'dark' as const }, testMatch: /[\\/](accessibility|keyboard)\.spec\.ts$/ },
  // The clock sweep: what depends on the time of day and week, at each instant.
  ...Object.entries(SWEEP).map(([name, startAt]) => ({
    name: `clock ${name}`,
    use: { colorScheme: 'light' as const, startAt },
    testMatch: DATE_DEPENDENT,
  })),
];
const look = [
  { name: 'look', use: { colorScheme: 'light' as const }, testMatch: LOOK },
  { name: 'look dark', use: { colorScheme: 'dark' as const }, testMatch: LOOK },
];

export default defineConfig({
  testDir: 'tests/e2e',
  // Not the default test-results/: Playwright empties its output folder, and the unit report lives there.
  outputDir: 'test-results/e2e-artifacts',
  // Each test starts its own Chromium with the extension. Two at a time on two cores: most of a test is waiting.
  workers: 2,
  fullyParallel: true,
  // Generous limits for a busy machine: the tests wait for states, and a limit only ends a test that is stuck.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Dates as a British user reads them, unless a test says otherwise (utils/rules/dates.ts formats for the browser's language).
  // A trace of every step costs about a minute of every run: on when asked (E2E_TRACE=1); a failure still leaves a screenshot.
  use: { trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off', screenshot: 'only-on-failure', locale: 'en-GB' },
  projects: process.env.LOOK ? look : suite,
});
