import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// A zone with daylight saving and an offset, so a date computed in the wrong zone fails.
process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Pure logic runs in Node; files that need a DOM say so in their first line (@vitest-environment jsdom).
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    env: { TZ: 'Europe/Berlin', BROWSER: 'chrome', CHROME: 'true', MANIFEST_VERSION: '3' },
    restoreMocks: true,
    // Both cores: vitest's default leaves one free, and most of a file's time is setting up jsdom.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
