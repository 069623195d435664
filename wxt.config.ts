import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CALENDAR_MATCHES } from './utils/calendars/registry';

// See docs/ARCHITECTURE.md for why the pieces are where they are, and
// docs/PRIVACY.md for why each permission is asked for.
export default defineConfig({
  // Explicit imports: a reader can always find where a name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The extension pages' shared libraries get chunks of their own, so a page loads only what it
    // imports: the popup draws its snapshot before Dexie, the ciphers and zod are even fetched
    // (docs/PERFORMANCE.md). Content scripts are single files and are left alone.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      const library = (name: string, pattern: RegExp) => ({ name, test: pattern });
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output ?? {};
      if (Array.isArray(output)) return;
      config.build.rolldownOptions.output = output;
      output.advancedChunks = {
        groups: [
          library('dexie', /[\\/]node_modules[\\/]dexie[\\/]/),
          library('ciphers', /[\\/]node_modules[\\/]@noble[\\/]/),
          library('zod', /[\\/]node_modules[\\/]zod[\\/]/),
        ],
      };
    },
  },
  manifest: {
    name: '1:1 Companion',
    description: 'Notes, commitments and good questions for your 1:1s, beside your calendar. Notes never leave your machine.',
    permissions: ['storage', 'alarms', 'sidePanel'],
    commands: {
      'open-call-notes': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the 1:1 notes beside this call',
      },
    },
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        // The calendar pages that dock the panel (the same list as the calendar content script's matches).
        matches: CALENDAR_MATCHES,
      },
    ],
  },
});
