/**
 * `npm run demo`: Chromium with the built extension on a demo calendar, with no
 * account and no network: the stand-in Google Calendar with a working week
 * around today, served at the real URL by the routing the tests use, and six
 * people with months of history. The demo sets itself up as a user would: it
 * types the user's address on the welcome page and restores the history from a
 * backup file on the options page.
 *
 * `npm run demo:screenshots` does the same headless, on the tests' fixed clock
 * (tests/harness/clock.ts), and takes the README's screenshots: the panel, the
 * warning, the popup, the side panel. They go to test-results/screenshots/ to be
 * looked at; `npm run demo:screenshots -- --refresh` replaces docs/screenshots/.
 */
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { panel, ShadowHost, WarningDialog } from '../e2e/closed-shadow';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, EXTENSION_DIR, extensionArgs, extensionIdFor } from '../harness/chromium.mjs';
import { DEMO_WEEK_URL } from '../harness/stand-ins';
import { refuseNetwork, restoreHistory, serveDemo, tellWhoYouAre } from './setup';
import { welcomeTab } from '../harness/welcome-tab';
import { runOnClock, testNow, TIME_ZONE } from '../harness/clock';

const screenshots = process.argv.includes('--screenshots');
const SCREENSHOTS = resolve(
  import.meta.dirname,
  process.argv.includes('--refresh') ? '../../docs/screenshots' : '../../test-results/screenshots',
);
const headless = screenshots || process.env.HEADLESS === '1';
// The demo lives in the user's own week; its screenshots on the tests' clock, so they come out the same every time.
const now = screenshots ? testNow() : new Date();

const profile = mkdtempSync(join(tmpdir(), 'one-on-one-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  headless,
  executablePath: chromiumPath(),
  args: extensionArgs({ offline: true }),
  viewport: headless ? { width: 1440, height: 900 } : null,
  ...(screenshots ? { timezoneId: TIME_ZONE, env: { ...process.env, TZ: TIME_ZONE } } : {}),
});
try {
  // The welcome tab first: a page still being attached would miss the clock and the routes.
  const welcome = await welcomeTab(context, 15_000);
  await welcome.waitForLoadState();
  if (screenshots) await runOnClock(context, now);
  await refuseNetwork(context);
  await serveDemo(context);
  const extensionId = extensionIdFor(EXTENSION_DIR);
  await tellWhoYouAre(welcome);
  await restoreHistory(context, extensionId, join(profile, 'demo-backup.json'), now);
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

async function takeScreenshots(context: BrowserContext, calendar: Page, extensionId: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  // The panel beside Sam's 1:1 of this week.
  await calendar.locator('[data-eventchip]', { hasText: 'Sam / Alex 1:1' }).first().click();
  const frame = await panel(calendar);
  await frame.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
  await frame.getByText('Share the staff engineer expectations doc').waitFor();
  await shot(calendar, 'panel');

  // The warning before deleting it.
  await calendar.locator('#xDetDlgDelBu').click();
  const warning = new WarningDialog(calendar);
  await warning.expectText('You last met');
  await shot(calendar, 'warning');
  await warning.button('Keep it').click();

  // The toolbar popup, at the size the browser gives it.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('list', { name: 'Open commitments' }).waitFor();
  await shot(popup, 'popup');

  // The side panel during a Meet call with Sam.
  const meet = await context.newPage();
  await meet.goto('https://meet.google.com/sam-demo-one');
  await expect
    .poll(() => new ShadowHost(meet, 'one-on-one-companion-call').getByRole('button', { name: '1:1 notes' }).isShown())
    .toBe(true);
  const side = await context.newPage();
  await side.setViewportSize({ width: 400, height: 800 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await side.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
  await shot(side, 'sidepanel');

  // The people page: the team at a glance, then Sam's last twelve months.
  const people = await context.newPage();
  await people.setViewportSize({ width: 1100, height: 560 });
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  const team = people.getByRole('region', { name: 'The team at a glance' });
  await expect(team.getByRole('row')).not.toHaveCount(1);
  await shot(people, 'team');
  await team.getByRole('button', { name: 'Sam Rivera' }).click();
  await people.getByRole('toolbar', { name: /Sam Rivera/ }).waitFor();
  await shot(people, 'timeline');
}
