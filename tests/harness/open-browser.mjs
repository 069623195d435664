// `npm start`: opens Chromium with the freshly built extension on Google
// Calendar. The profile lives in .profile/ so you sign in once.
// HEADLESS=1 makes it a smoke test: start, find the extension, close.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromiumPath, EXTENSION_DIR, extensionArgs, extensionIdFor } from './chromium.mjs';

if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  process.exit(1);
}

const headless = process.env.HEADLESS === '1';
const context = await chromium.launchPersistentContext(resolve(import.meta.dirname, '../../.profile'), {
  headless,
  executablePath: chromiumPath(),
  args: extensionArgs({ offline: headless }),
  viewport: null,
});
// The first tab, not the welcome page the extension opens on its first install (that one stays open to read).
const page = context.pages().find((candidate) => !candidate.url().startsWith('chrome-extension://')) ?? (await context.newPage());
if (headless) {
  await page.goto(`chrome-extension://${extensionIdFor()}/panel.html`);
  console.log(`Extension loaded: ${await page.title()}`);
  await context.close();
} else {
  await page.goto('https://calendar.google.com/').catch(() => undefined);
  console.log('Chromium is open with 1:1 Companion. Open a 1:1 in Google Calendar; close the browser to stop.');
  await new Promise((done) => context.on('close', done));
}
