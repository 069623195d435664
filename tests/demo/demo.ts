/**
 * `npm run demo`: Chromium with the built extension on a demo calendar, with no
 * account and no network: the stand-in Google Calendar with a working week
 * around today, served at the real URL by the routing the tests use, and six
 * people with months of history. The demo sets itself up as a user would: it
 * types the user's address on the welcome page and restores the history from a
 * backup file on the options page.
 *
 * `npm run demo:screenshots` does the same headless and takes the README's
 * screenshots (docs/screenshots/): the panel, the warning, the popup, the side panel.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, EXTENSION_DIR, extensionArgs, extensionIdFor } from '../harness/chromium.mjs';
import { DEMO_WEEK_URL, serveStandIns } from '../harness/stand-ins';
import { demoBackup, DEMO_SELF } from './demo-data';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const screenshots = process.argv.includes('--screenshots');
const headless = screenshots || process.env.HEADLESS === '1';

const profile = mkdtempSync(join(tmpdir(), 'one-on-one-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  headless,
  executablePath: chromiumPath(),
  args: extensionArgs({ offline: true }),
  viewport: headless ? { width: 1440, height: 900 } : null,
});
try {
  await serveDemo(context);
  const extensionId = extensionIdFor(EXTENSION_DIR);
  const welcome = await welcomePage(context);
  await tellWhoYouAre(welcome);
  await restoreHistory(context, extensionId, join(profile, 'demo-backup.json'));
  await welcome.goto(DEMO_WEEK_URL);
  if (screenshots) {
    await takeScreenshots(context, welcome, extensionId);
    console.log(`Screenshots written to ${SCREENSHOTS}`);
  } else {
    console.log('The demo is open: click a 1:1 (Sam, Priya, Jordan, Yuki, Chen or Maria). Close the browser to stop.');
    if (!headless) await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}

/** The stand-in calendar and a Meet call with Sam; everything else is refused: the demo needs no network. */
async function serveDemo(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    (route) => route.abort('blockedbyclient'),
  );
  await serveStandIns(context, { demo: true });
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Meet - sam-demo-one</title>
        <style>body{margin:0;height:100vh;background:#202124;color:#e8eaed;font:16px system-ui;display:grid;place-items:center}</style></head><body>
        <div data-participant-id="self" data-self-name="Alex Kim"><span>Alex Kim</span></div>
        <div data-participant-id="p0" aria-label="Sam Rivera"><span>Sam Rivera</span></div>
        <i class="google-symbols">mic</i><i class="google-symbols">call_end</i></body></html>`,
    }),
  );
}

async function welcomePage(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
}

async function tellWhoYouAre(welcome: Page): Promise<void> {
  await welcome.getByRole('textbox', { name: 'Your email addresses, one per line' }).fill(DEMO_SELF);
  await welcome.getByRole('button', { name: 'Save addresses' }).click();
  await welcome.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

async function restoreHistory(context: BrowserContext, extensionId: string, file: string): Promise<void> {
  writeFileSync(file, JSON.stringify(demoBackup(), null, 2));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a backup file').setInputFiles(file);
  await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
  await options.getByText(/^Imported \d+ records/).waitFor();
  await options.close();
}

async function takeScreenshots(context: BrowserContext, calendar: Page, extensionId: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const frame = calendar.frameLocator('one-on-one-companion iframe');

  // The panel beside Sam's 1:1 of this week.
  await calendar.locator('[data-eventchip]', { hasText: 'Sam / Alex 1:1' }).first().click();
  await frame.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
  await frame.getByText('Share the staff engineer expectations doc').waitFor();
  await shot(calendar, 'panel');

  // The warning before deleting it.
  await calendar.locator('#xDetDlgDelBu').click();
  const warning = calendar.locator('one-on-one-companion-warning').getByRole('alertdialog');
  await warning.getByText('You last met').waitFor();
  await shot(calendar, 'warning');
  await warning.getByRole('button', { name: 'Keep it' }).click();

  // The toolbar popup, at the size the browser gives it.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('list', { name: 'Open commitments' }).waitFor();
  await shot(popup, 'popup');

  // The side panel during a Meet call with Sam.
  const meet = await context.newPage();
  await meet.goto('https://meet.google.com/sam-demo-one');
  await meet.locator('one-on-one-companion-call').getByRole('button', { name: '1:1 notes' }).waitFor();
  const side = await context.newPage();
  await side.setViewportSize({ width: 400, height: 800 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await side.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
  await shot(side, 'sidepanel');
}
