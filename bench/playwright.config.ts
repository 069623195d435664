import { defineConfig } from '@playwright/test';

// `npm run bench`: measurements, not tests. Not part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench-artifacts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  // A stuck click fails fast instead of eating the whole timeout.
  use: { actionTimeout: 15_000 },
});
