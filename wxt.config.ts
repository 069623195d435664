import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { CALENDAR_MATCHES } from './utils/sites/calendars/registry';

/**
 * The stores' listing in every language, from the catalogues the build wrote
 * (_locales/<language>/messages.json): name, summary (the manifest's description) and the
 * long description (store.listing), one text file per language in `store-listing/`.
 */
export async function writeStoreListings(outDir: string): Promise<string[]> {
  const folder = join(outDir, 'store-listing');
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const language of await readdir(join(outDir, '_locales'))) {
    const messages = JSON.parse(await readFile(join(outDir, '_locales', language, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const say = (name: string) => messages[name]?.message ?? '';
    const text = `Name: ${say('extension_name')}\nSummary: ${say('extension_description')}\n\nDescription:\n${say('store_listing')}\n`;
    await writeFile(join(folder, `${language}.txt`), text, 'utf8');
    written.push(`${language}.txt`);
  }
  return written;
}

/**
 * The modules the popup's first step imports (entrypoints/popup/main.tsx, statically), less the
 * entry itself, its style sheets and the popup's own components: the code it shares with the
 * other pages. Never Dexie, zod or the ciphers (the first step does not import them: a unit
 * test in tests/unit/architecture.test.ts holds it).
 */
const FIRST_STEP = resolve(import.meta.dirname, 'entrypoints/popup/main.tsx');
/** Worked out once per chunking pass (rolldown reuses the module info objects within a pass, not across builds). */
const firstStepOfPass = new WeakMap<object, Set<string>>();
function firstStepShared(context: ChunkingContext): Set<string> {
  const entryInfo = context.getModuleInfo(FIRST_STEP);
  if (!entryInfo) return new Set();
  const known = firstStepOfPass.get(entryInfo);
  if (known) return known;
  const popupOwn = resolve(import.meta.dirname, 'components/popup');
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    const info = context.getModuleInfo(id);
    if (!info) return;
    seen.add(id);
    for (const next of info.importedIds) walk(next);
  };
  walk(FIRST_STEP);
  const shared = new Set([...seen].filter((id) => id !== FIRST_STEP && !id.endsWith('.css') && !id.startsWith(popupOwn)));
  firstStepOfPass.set(entryInfo, shared);
  return shared;
}

// See docs/ARCHITECTURE.md for why the pieces are where they are, and
// docs/PRIVACY.md for why each permission is asked for.
export default defineConfig({
  // Explicit imports: a reader can always find where a name comes from.
  imports: false,
  // Static files (the icons) live with the interface, not in a top-level folder of their own.
  publicDir: 'components/public',
  // Every interface string is in components/locales/en.yml (docs/ARCHITECTURE.md, "Interface text").
  modules: ['@wxt-dev/i18n/module'],
  i18n: { localesDir: 'components/locales' },
  vite: () => ({
    // light-dark() and the rest of our CSS as written: every browser we support has them (Chrome 123+, Firefox 140+).
    build: { cssTarget: ['chrome123', 'firefox120'] },
    plugins: [preact()],
  }),
  hooks: {
    // The zip for the stores carries their listing in every language; the unpacked build does not.
    'zip:extension:start': async (wxt) => void (await writeStoreListings(wxt.config.outDir)),
    'zip:extension:done': (wxt) => rm(join(wxt.config.outDir, 'store-listing'), { recursive: true, force: true }),
    // The toolbar button's tooltip and the sidebar's title from the catalogue too (WXT takes them from the pages' <title>).
    'build:manifestGenerated': (_, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_extension_name__';
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_extension_sidePanelTitle__';
    },
    // The extension pages' shared libraries get chunks of their own, so a page loads only what it
    // imports: the popup draws its snapshot before Dexie, the ciphers and zod are even fetched
    // (docs/PERFORMANCE.md). Content scripts are single files (and so is the
    // background) and are left alone.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The calendar content script's on-demand part is imported by it (import() hands over an ES
      // module's exports; an IIFE's would be lost): entrypoints/calendar-on-demand.ts.
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'calendar-on-demand' && config.build?.lib) {
        config.build.lib.formats = ['es'];
        // Vite keeps an ES library's whitespace and unused code (it is meant to be bundled again); this one ships.
        config.build.rolldownOptions ??= {};
        const output = config.build.rolldownOptions.output;
        if (output && !Array.isArray(output)) output.minify = true;
        else config.build.rolldownOptions.output = { minify: true };
        return;
      }
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script' || entrypoint.type === 'background')) return;
      const library = (name: string, pattern: RegExp) => ({ name, test: pattern });
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output ?? {};
      if (Array.isArray(output) || output.codeSplitting === false) return;
      config.build.rolldownOptions.output = output;
      output.codeSplitting = {
        groups: [
          library('dexie', /[\\/]node_modules[\\/]dexie[\\/]/),
          library('ciphers', /[\\/]node_modules[\\/]@noble[\\/]/),
          library('zod', /[\\/]node_modules[\\/]zod[\\/]/),
          // What the popup's first step shares with the other pages (Preact, date-fns, the catalogue,
          // the shared components): one file, not a dozen small ones. Each extension file is a request
          // of its own: on this machine 15 module files took 42 ms longer than one (docs/PERFORMANCE.md).
          {
            name: (id: string, context: ChunkingContext) => (firstStepShared(context).has(id) ? 'first-step' : null),
            includeDependenciesRecursively: false,
          },
        ],
      };
    },
  },
  // Chrome and Edge load the same build (.output/chrome-mv3); Firefox gets its own
  // (`wxt build -b firefox`), where the side panel is the sidebar (sidebar_action).
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'downloads',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // CSS light-dark() (dark mode) and the side panel API as we use them.
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'one-on-one-companion@extensions.local',
          // storage.session and the sidebar's page as we use them; the data declaration below.
          strict_min_version: '140.0',
          // What Firefox shows on install: this extension collects nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads the declaration from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    commands: {
      'open-call-notes': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_extension_openCallNotes__',
      },
    },
    web_accessible_resources: [
      {
        // The panel, the calendar content script's on-demand part (the dock's and the warning's DOM:
        // entrypoints/calendar-on-demand.ts) and their style sheets (kept out of the content script).
        // (Firefox's content script carries that part itself: utils/content/calendar-page/on-demand.ts.)
        resources: ['panel.html', ...(browser === 'firefox' ? [] : ['calendar-on-demand.js']), 'dock.css', 'warning.css'],
        // The calendar pages that dock the panel (the same list as the calendar content script's matches).
        matches: CALENDAR_MATCHES,
      },
    ],
  }),
});
