/**
 * The stand-in calendars, served at the real calendar URLs through Playwright
 * routing: shared by the end-to-end tests and the benchmarks.
 */
import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const page = (title: string, app: string, before = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><script>${before}${readFileSync(resolve(FIXTURES, app), 'utf8')}</script></body></html>`;

export const GOOGLE_CALENDAR_HTML = page('Google Calendar', 'google-calendar/app/calendar.js');
/** The same stand-in with a working week around today (`npm run demo`). */
export const DEMO_CALENDAR_HTML = page('Google Calendar', 'google-calendar/app/calendar.js', 'window.__DEMO_WEEK__ = true;');
export const DEMO_WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week';
export const OUTLOOK_HTML = page('Calendar - Outlook', 'outlook/app/outlook.js');

export const WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/5';
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];
/** Outlook's week as it is in 2026, on the host migrated accounts land on. */
export const OUTLOOK_WEEK_URL = 'https://outlook.cloud.microsoft/calendar/view/week';
/** The older layout the stand-in keeps (people on the peek card, Delete for everyone, a form with time fields). */
export const OUTLOOK_OLDER_WEEK_URL = 'https://outlook.office.com/calendar/view/week?layout=2025';

/** Serves both stand-ins at every host they stand in for (Google Calendar with the demo's week, for the demo). */
export async function serveStandIns(context: BrowserContext, { demo = false } = {}): Promise<void> {
  const html = (body: string) => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
  const google = demo ? DEMO_CALENDAR_HTML : GOOGLE_CALENDAR_HTML;
  await context.route('https://calendar.google.com/**', (route) => route.fulfill(html(google)));
  for (const host of OUTLOOK_HOSTS) await context.route(`https://${host}/**`, (route) => route.fulfill(html(OUTLOOK_HTML)));
}
