// Renders the Outlook fixtures from the stand-in app (tests/fixtures/outlook/app/outlook.js),
// so the unit fixtures and the end-to-end page are the same markup. Run by hand after
// changing the app: `node tests/harness/capture-outlook-fixtures.mjs`, then review the diff
// and the golden files (`*.expected.json` are not rewritten).
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath } from './chromium.mjs';
const DIR = resolve(import.meta.dirname, '../fixtures/outlook');
const APP = readFileSync(resolve(DIR, 'app/outlook.js'), 'utf8');
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Calendar - Outlook</title></head><body><script>${APP}</script></body></html>`;
const browser = await chromium.launch({ executablePath: chromiumPath() });
const context = await browser.newContext({ timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });
await context.route('**/*', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: HTML }));
const page = await context.newPage();
/** @param {string} n */
const item = (n) => encodeURIComponent(`AAMkAGI2NzQ5ZjU4LWQ1ZTktNDc0Mi1iYjQ3LTg2ZGY5M2E1${n}/Rg+BwAAAAAA0Ge8Fn${n}AAA=`);
const CLOUD = 'https://outlook.cloud.microsoft/calendar';
const OLDER = '?layout=2025';
/**
 * [name, url, chip to click (its peek card is captured) or null, what it shows, then?]
 * `then` is a button of the open card to press before capturing (the cancellation pane).
 * @type {[name: string, url: string, chip: string | null, what: string, then?: string][]}
 */
const shots = [
  // 2026 layout (the stand-in's default)
  [
    'one-on-one-peek',
    `${CLOUD}/view/week`,
    'Alex / Sam 1:1',
    'a weekly 1:1 the user organises, in the 2026 peek card (organizer only, no guests)',
  ],
  [
    'one-on-one-form',
    `${CLOUD}/item/${item('0001')}`,
    null,
    'the same weekly 1:1 in the 2026 event form (a modal; people as hover targets)',
  ],
  ['by-other-peek', `${CLOUD}/view/week`, 'Canceled: Mentoring with Chris', 'a 1:1 someone else organised and cancelled, in the peek card'],
  [
    'team-meeting-peek',
    'https://outlook.office.com/calendar/view/week',
    'Platform team weekly',
    'a weekly team meeting in the peek card (no guests shown)',
  ],
  ['all-day', `${CLOUD}/view/week`, 'Team offsite', 'an all-day event in the peek card'],
  ['cancel-pane', `${CLOUD}/view/week`, 'Alex / Sam 1:1', "the organizer's Cancel pressed: the cancellation pane with Send", 'Cancel'],
  ['german-ui-form', `${CLOUD}/item/${item('0004')}?lang=de`, null, 'a 1:1 with a room booked, in the German event form'],
  ['german-ui-peek', `${CLOUD}/view/week?lang=de`, 'Jordan 1:1', 'the same 1:1 in the German peek card'],
  ['japanese-ui-peek', `${CLOUD}/view/week?lang=ja`, 'Alex / Sam 1:1', 'the weekly 1:1 in the Japanese peek card'],
  ['japanese-ui-form', `${CLOUD}/item/${item('0003')}?lang=ja`, null, 'a one-off 1:1 in the Japanese event form'],
  ['no-event-open', `${CLOUD}/view/week`, null, 'the week view with nothing open (day headers with data-column-date)'],
  // the older layout, kept
  [
    'older-recurring-one-on-one-peek',
    `https://outlook.office.com/calendar/view/week${OLDER}`,
    'Alex / Sam 1:1',
    'a weekly 1:1 (one occurrence) in the peek card',
  ],
  [
    'older-recurring-one-on-one-form',
    `https://outlook.office.com/calendar/item/${item('0001')}${OLDER}`,
    null,
    'the same weekly 1:1 in the full event form',
  ],
  [
    'older-one-off-one-on-one',
    `https://outlook.office.com/calendar/view/week${OLDER}`,
    '1:1 Alex / Priya',
    'a one-off 1:1 in the peek card',
  ],
  [
    'older-team-meeting',
    `https://outlook.office365.com/calendar/view/week${OLDER}`,
    'Platform team weekly',
    'a weekly team meeting (six people) in the peek card',
  ],
  ['older-all-day', `https://outlook.office.com/calendar/view/week${OLDER}`, 'Team offsite', 'an all-day event in the peek card'],
  [
    'older-cancelled-one-on-one',
    `https://outlook.live.com/calendar/0/view/week${OLDER}`,
    'Canceled: Mentoring with Chris',
    'a 1:1 the organiser cancelled ("Canceled:" chip), in the peek card',
  ],
  [
    'older-room-booked-form',
    `https://outlook.office.com/calendar/item/${item('0004')}${OLDER}`,
    null,
    'a 1:1 with a room booked, in the full event form',
  ],
  [
    'older-german-ui',
    `https://outlook.cloud.microsoft/calendar/view/week?lang=de&layout=2025`,
    'Alex / Sam 1:1',
    'the weekly 1:1 of older-recurring-one-on-one-peek, in the German interface',
  ],
  ['older-no-event-open', `https://outlook.office.com/calendar/view/week${OLDER}`, null, 'the week view with nothing open'],
];
const only = process.argv.slice(2);
for (const [name, url, chip, what, then] of shots) {
  // `node capture-outlook-fixtures.mjs one-on-one-peek …` re-renders only those.
  if (only.length > 0 && !only.includes(name)) continue;
  await page.goto(url);
  if (chip) {
    await page.locator('[data-calitemid] [role=button]', { hasText: chip }).first().click();
    await page.locator('[data-app-section="CalendarItemPeek"]').waitFor();
  } else await page.waitForTimeout(100);
  if (then) await page.locator('[data-app-section="CalendarItemPeek"] button', { hasText: then }).click();
  let html = await page.evaluate(() => {
    for (const n of document.querySelectorAll('script, style')) n.remove();
    return document.documentElement.outerHTML;
  });
  const lang = await page.evaluate(() => document.documentElement.lang);
  const header = `<!--
fixture: outlook/${name}
url: ${page.url()}
locale: ${lang}
layout: ${name.startsWith('older-') ? 'older (2024-2025 notes)' : '2026'}
view: ${then ? `week, "${then}" pressed in the peek card` : chip ? 'week, peek card open' : url.includes('/item/') ? 'full event form' : 'week'}
what: ${what}
source: reconstructed on ${name.startsWith('older-') ? '2026-11-22' : '2026-11-30'} from the selectors in shared/CALENDAR-DOM.md (public extensions, 2025-2026),
        rendered by the stand-in app (tests/fixtures/outlook/app/outlook.js); names and addresses are invented.
-->
<!doctype html>
`;
  writeFileSync(resolve(DIR, `${name}.html`), header + html.replace(/></g, '>\n<').replace(/\n\s*\n/g, '\n') + '\n');
  console.log(name, page.url());
}
await browser.close();
