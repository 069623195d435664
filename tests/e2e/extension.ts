/**
 * The end-to-end harness: Debian's Chromium with the built extension, the
 * calendar served at its real URL from our fixture app, and two tripwires that
 * fail the test: any request not served by a fixture, and any page error.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { browser } from 'wxt/browser';
import { test as base, chromium, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { dockOn, panel } from './closed-shadow';

export { panel };
import { chromiumPath, extensionArgs, extensionIdFor } from '../harness/chromium.mjs';
import { DEMO_WEEK_URL, serveStandIns, WEEK_URL } from '../harness/stand-ins';
import { welcomeTab } from '../harness/welcome-tab';
import { notesStoreIn } from '../harness/notes-store';
import { runOnClock, testNow, TIME_ZONE } from '../harness/clock';

export { OUTLOOK_HOSTS, OUTLOOK_OLDER_WEEK_URL, OUTLOOK_WEEK_URL, WEEK_URL } from '../harness/stand-ins';

interface Options {
  /** Keep the welcome tab that installing opens (its own tests); every other test starts without it. */
  keepWelcome: boolean;
  /** The instant the browser's clock starts at (tests/harness/clock.ts): a project of the clock sweep sets it. */
  startAt: string | undefined;
  /** The browser's interface language (launchExtension's `language`): a test in German or Japanese sets it. */
  language: string | undefined;
  /**
   * The machine's own clock instead of the test's (benchmarks: Playwright's clock fakes
   * `performance.now()` from a fixed origin, so page timings read under it are not durations).
   */
  realClock: boolean;
}

interface Fixtures {
  context: BrowserContext;
  /** The welcome page the extension opened on install (the context fixture closes it for every other test). */
  welcomePage: Page;
  extensionId: string;
  calendar: Page;
  problems: string[];
  /** When this test's clock started: expectations that depend on "now" are computed from it. */
  now: Date;
}

export const test = base.extend<Fixtures & Options>({
  keepWelcome: [false, { option: true }],
  startAt: [undefined, { option: true }],
  language: [undefined, { option: true }],
  realClock: [false, { option: true }],
  now: async ({ startAt, realClock }, use) => {
    await use(realClock ? new Date() : startAt ? new Date(startAt) : testNow());
  },
  // The tripwires collect here; the context fixture fails the test if any went off.
  problems: async ({}, use) => {
    await use([]);
  },
  context: async ({ problems, colorScheme, keepWelcome, locale, language, now, realClock }, use) => {
    const context = await launchExtension({ problems, colorScheme, keepWelcome, locale, language, now, realClock });
    await use(context);
    await context.close();
    expect(problems, 'no request may leave the browser, and no page may throw').toEqual([]);
  },
  welcomePage: async ({ context }, use) => {
    await use(await welcomeTab(context));
  },
  extensionId: async ({}, use) => {
    await use(extensionIdFor());
  },
  calendar: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(WEEK_URL);
    await use(page);
  },
});

export { expect };

const answersOwnDialogs = new WeakSet<Page>();

/** This page's browser dialogs are the test's to answer (else the harness accepts them, as a user would). */
export function answerDialogsInTest(page: Page): void {
  answersOwnDialogs.add(page);
}

export interface LaunchOptions {
  problems: string[];
  now: Date;
  /** Leave the browser on the machine's clock (`now` is then the real time): benchmarks. */
  realClock?: boolean;
  keepWelcome?: boolean;
  locale?: string | undefined;
  /**
   * The browser's own interface language ("de", "ja"…): the catalogue Chromium serves the
   * extension (chrome.i18n), which Playwright's `locale` alone does not change. Sets `locale` too.
   */
  language?: string | undefined;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null | undefined;
  /** A profile folder to keep (a test that searches it after the browser closed); else a temporary one. */
  userDataDir?: string;
  /**
   * The browser's own download folder, as a user sets it: downloads the extension starts go there
   * under the names it gives (instead of Playwright's, which keeps them under made-up names).
   */
  downloadsDir?: string;
}

/** Debian's Chromium with the built extension, on the test's clock, with both tripwires set. */
export async function launchExtension({
  problems,
  now,
  realClock = false,
  keepWelcome = false,
  locale,
  language,
  colorScheme,
  userDataDir = '',
  downloadsDir,
}: LaunchOptions): Promise<BrowserContext> {
  locale = language ?? locale;
  if (downloadsDir) {
    userDataDir ||= mkdtempSync(join(tmpdir(), 'companion-profile-'));
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true } }),
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumPath(),
    args: [...extensionArgs({ offline: true }), ...(language ? [`--lang=${language}`] : [])],
    viewport: { width: 1440, height: 900 },
    // The pages' zone (Playwright's option) and the service worker's (the process's own).
    timezoneId: TIME_ZONE,
    env: { ...process.env, TZ: TIME_ZONE, ...(language ? { LANGUAGE: language.replace('-', '_') } : {}) },
    // Playwright's own option (en-GB in playwright.config.ts): utils/rules/dates.ts formats for the browser's language.
    ...(locale ? { locale } : {}),
    // Playwright's own option: the system's light or dark preference (the `dark` project sets it).
    ...(colorScheme !== undefined ? { colorScheme } : {}),
  });
  // Installing opens the welcome page in a tab of its own. It must have loaded before the clock goes in:
  // a page Playwright is still attaching to would miss the clock (and the routes) altogether.
  const welcome = await welcomeTab(context);
  await welcome.waitForLoadState();
  // Playwright takes every download for itself (renamed, in its own folder); give them back to the browser's own handling.
  if (downloadsDir) await (await context.newCDPSession(welcome)).send('Browser.setDownloadBehavior', { behavior: 'default' });
  // Time is an input: every page and the service worker run on the test's clock.
  if (!realClock) await runOnClock(context, now);
  // Routes run newest first: the catch-all is registered first, so it only sees what nothing else served.
  // The extension's own files are not network requests; everything else is.
  await context.route(
    (url) => url.protocol !== 'chrome-extension:',
    async (route) => {
      problems.push(`request left the browser: ${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  await serveStandIns(context);
  // The docked panel asks the browser's own dialog before it sends or hides anything
  // (components/person/confirm-in-frame.ts): a user reading it says yes, unless a test answers itself.
  const acceptDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      if (!answersOwnDialogs.has(page)) void dialog.accept();
    });
  context.pages().forEach(acceptDialogs);
  context.on('page', acceptDialogs);
  context.on('weberror', (error) =>
    problems.push(
      `page error on ${error.page()?.url() ?? 'a page'}: ${error.error().name}: ${error.error().message}\n${error.error().stack ?? ''}`,
    ),
  );
  context.on('page', (page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('net::ERR_BLOCKED_BY_CLIENT')) {
        problems.push(`console error on ${page.url()}: ${message.text()}`);
      }
    }),
  );
  // The welcome tab would take the calendar's place as the active tab.
  if (!keepWelcome) await welcome.close();
  return context;
}

/** Every record of a table, read raw from the extension's own store by an extension page (the calendar may not). */
export async function storedRecords<T = Record<string, unknown>>(
  context: BrowserContext,
  extensionId: string,
  table: string,
): Promise<T[]> {
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = await notesStoreIn(reader, [table]);
  await reader.close();
  return (rows[table] ?? []) as T[];
}

/**
 * Where the docked panel is now (its 1:1 in the hash). Read from the frame, not
 * its `src`: the dock moves the panel with location.replace, so that switching
 * people adds nothing to the tab's history, and `src` keeps its first value.
 */
export async function dockedPanelUrl(page: Page): Promise<string> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/panel.html#'))).toBe(true);
  return (
    page
      .frames()
      .find((frame) => frame.url().includes('/panel.html#'))
      ?.url() ?? ''
  );
}

/** The docked panel's iframe element, for a screenshot of the panel alone. */
export async function panelElement(page: Page) {
  const frame = await panel(page);
  const element = await frame.frameElement();
  return element;
}

/** Today's notes in the docked panel. */
export async function notesBox(page: Page): Promise<Locator> {
  return (await panel(page)).getByRole('textbox', { name: /^Notes/ });
}

/**
 * Waits until the dock is shown or hidden (it lives in a closed shadow root:
 * tests/e2e/closed-shadow.ts). Hidden also proves the content script is alive: its host is on
 * the page (built at the latest by the panel's warm-up once the page is idle, and gone when the
 * script's context ends), so a dead script never passes for "no panel".
 * Tests of "no panel" end with a positive check too (a 1:1 opened afterwards shows it).
 */
export async function expectDock(page: Page, state: 'shown' | 'hidden', message?: string): Promise<void> {
  if (state === 'hidden') await expect(page.locator('one-on-one-companion'), 'the content script is running').toHaveCount(1);
  await expect.poll(() => dockOn(page).locate('.dock').isShown(), { message: message ?? `the dock is ${state}` }).toBe(state === 'shown');
}

/**
 * Writes a line in today's notes and waits until it is saved: the first edit, which stores the
 * person and the meeting (showing a 1:1 stores nothing: utils/db/meetings.ts).
 */
export async function writeNote(page: Page, text = 'Agenda: check in.'): Promise<void> {
  await (await notesBox(page)).fill(text);
  await expect((await panel(page)).getByTestId('save-state')).toHaveText('Saved');
}

/**
 * Turns encryption on in the options page, as a user would, and waits until the notes have
 * moved to their new store (every extension page, the options page too, reloads onto it).
 * Returns the options page, open on its Encryption section.
 */
export async function turnOnEncryption(context: BrowserContext, extensionId: string, passphrase: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Encryption' });
  await section.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await section.getByLabel('Repeat it').fill(passphrase);
  const reloaded = options.waitForEvent('load', { timeout: 30_000 });
  await section.getByRole('button', { name: 'Encrypt my notes' }).click();
  await reloaded;
  await expect(section).toContainText('Your notes and commitments are encrypted on this computer.', { timeout: 30_000 });
  return options;
}

/** Notes a commitment in the docked panel's one-line form, as a user would. */
export async function addCommitment(page: Page, text: string, owner: 'me' | 'them', due?: 'next' | 'week'): Promise<void> {
  const section = (await panel(page)).getByRole('region', { name: 'Commitments' });
  await section.getByRole('textbox', { name: 'New commitment' }).fill(text);
  await section.getByRole('combobox', { name: 'Whose commitment' }).selectOption(owner);
  if (due) await section.getByRole('combobox', { name: 'Due' }).selectOption(due);
  await section.getByRole('button', { name: 'Add commitment' }).click();
}

/** Clicks the chip of an event the way a user opens it. */
export async function openEvent(page: Page, title: string, nth = 0): Promise<void> {
  // An open popover may cover the grid: close it first, as a user would.
  if (await page.locator('[data-chips-dialog]').isVisible()) await closePopover(page);
  await page.locator('[data-eventchip]', { hasText: title }).nth(nth).click();
  await expect(page.locator('#rAECCd')).toHaveText(title);
}

/** Clicks an Outlook chip and waits for its peek card (which takes a moment, as on the real page). */
export async function openOutlookEvent(page: Page, title: string): Promise<void> {
  // An open card may cover the grid: close it first, as a user would.
  const card = page.locator('[data-app-section="CalendarItemPeek"]');
  if (await card.isVisible()) {
    await outlookButton(card, 'Dismiss').click();
    await expect(card).toBeHidden();
  }
  await page.locator('[data-calitemid] [role="button"]', { hasText: title }).first().click();
  await expect(page.locator('[data-app-section="CalendarItemPeek"] [role="heading"]')).toHaveText(new RegExp(escapeRegExp(title)));
}

/** An Outlook button by its icon name (language-free, as the adapter finds them). */
export function outlookButton(scope: Page | Locator, icon: string): Locator {
  return scope.locator(`button:has(> i[data-icon-name="${icon}"]), [role="menuitem"]:has(> i[data-icon-name="${icon}"])`).first();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function closePopover(page: Page): Promise<void> {
  await page.locator('#xDetDlgCloseBu').click();
  await expect(page.locator('[data-chips-dialog]')).toBeHidden();
}

/** The extension's API where the tests call it (an extension page, the service worker): typed as the extension's own code sees it. */
export type WithExtensionApi = { chrome: typeof browser };

export interface PanelContext {
  tabId?: number;
  documentUrl?: string;
}

/** The extension's service worker (started on install; waited for if not yet). */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** One of our alarms goes off: the browser's own event, dispatched in the service worker at its (test) time. */
export async function alarmGoesOff(worker: Worker, name: string): Promise<void> {
  await worker.evaluate(
    (name) =>
      (globalThis as unknown as { chrome: { alarms: { onAlarm: { dispatch(alarm: object): void } } } }).chrome.alarms.onAlarm.dispatch({
        name,
        scheduledTime: Date.now(),
      }),
    name,
  );
}

/** Picks a person in the people page's list (the team table names them too). */
export async function pickPerson(people: Page, name: RegExp): Promise<void> {
  await people.getByRole('complementary', { name: 'People' }).getByRole('button', { name }).click();
}

/** The side panels open now, as the service worker sees them. */
export async function openSidePanels(context: BrowserContext): Promise<PanelContext[]> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(() =>
    (globalThis as unknown as WithExtensionApi).chrome.runtime
      .getContexts({ contextTypes: ['SIDE_PANEL' as never] })
      .then((found) => found.map(({ tabId, documentUrl }) => ({ tabId, documentUrl }))),
  );
}

/** The id of the tab a page is in, as the extension knows it. */
export async function tabIdOf(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as WithExtensionApi).chrome.tabs.getCurrent().then((tab) => tab?.id ?? -1));
}

/**
 * Which tab's panel it is and on whom: the tab in its URL (Chromium reports a tab's own side
 * panel with tabId -1, so the page's address says), and the person in its hash ('' for none).
 */
export function panelOf(found: PanelContext): [number, string] {
  return [Number(/[?&]tab=(\d+)/.exec(found.documentUrl ?? '')?.[1]), personIn(found.documentUrl)];
}

/** The person the side panel was opened on (its URL's hash), or '' for none. */
function personIn(url: string | undefined): string {
  const hash = url?.split('#')[1];
  return hash ? ((JSON.parse(decodeURIComponent(hash)) as { counterpart: { name?: string } }).counterpart.name ?? '') : '';
}

/** What the side panel open beside a tab shows: its page, found among the browser's pages (or loaded again at its URL). */
export async function sidePanelPage(context: BrowserContext): Promise<Page> {
  const url = (await openSidePanels(context)).find((found) => !Number.isNaN(panelOf(found)[0]))?.documentUrl;
  if (!url) throw new Error('no side panel is open beside a tab');
  const shown = context.pages().find((page) => page.url() === url);
  if (shown) return shown;
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The demo's working week around the test's clock, in the calendar tab, with its chips drawn. */
export async function showDemoWeek(context: BrowserContext, calendar: Page): Promise<void> {
  await serveStandIns(context, { demo: true });
  await calendar.goto(DEMO_WEEK_URL);
  await expect(calendar.locator('[data-eventchip]', { hasText: 'Jordan 1:1' })).toBeVisible();
}

/** An extension page (popup.html, people.html, …) in a tab of its own, in front, with that tab's id. */
export async function extensionTab(context: BrowserContext, extensionId: string, path: string): Promise<{ page: Page; tab: number }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.bringToFront();
  return { page, tab: await tabIdOf(page) };
}
