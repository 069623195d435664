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
/** @type {[name: string, url: string, chip: string | null, what: string][]} */
const shots = [
  [
    'recurring-one-on-one-peek',
    'https://outlook.office.com/calendar/view/week',
    'Alex / Sam 1:1',
    'a weekly 1:1 (one occurrence) in the peek card',
  ],
  [
    'recurring-one-on-one-form',
    'https://outlook.office.com/calendar/item/' +
      encodeURIComponent('AAMkAGI2NzQ5ZjU4LWQ1ZTktNDc0Mi1iYjQ3LTg2ZGY5M2E10001/Rg+BwAAAAAA0Ge8Fn0001AAA='),
    null,
    'the same weekly 1:1 in the full event form',
  ],
  ['one-off-one-on-one', 'https://outlook.office.com/calendar/view/week', '1:1 Alex / Priya', 'a one-off 1:1 in the peek card'],
  [
    'team-meeting',
    'https://outlook.office365.com/calendar/view/week',
    'Platform team weekly',
    'a weekly team meeting (six people) in the peek card',
  ],
  ['all-day', 'https://outlook.office.com/calendar/view/week', 'Team offsite', 'an all-day event in the peek card'],
  [
    'cancelled-one-on-one',
    'https://outlook.live.com/calendar/0/view/week',
    'Canceled: Mentoring with Chris',
    'a 1:1 the organiser cancelled ("Canceled:" chip), in the peek card',
  ],
  [
    'room-booked-form',
    'https://outlook.office.com/calendar/item/' +
      encodeURIComponent('AAMkAGI2NzQ5ZjU4LWQ1ZTktNDc0Mi1iYjQ3LTg2ZGY5M2E10004/Rg+BwAAAAAA0Ge8Fn0004AAA='),
    null,
    'a 1:1 with a room booked, in the full event form',
  ],
  [
    'german-ui',
    'https://outlook.cloud.microsoft/calendar/view/week?lang=de',
    'Alex / Sam 1:1',
    'the weekly 1:1 of recurring-one-on-one-peek, in the German interface',
  ],
  ['no-event-open', 'https://outlook.office.com/calendar/view/week', null, 'the week view with nothing open'],
];
for (const [name, url, chip, what] of shots) {
  await page.goto(url);
  if (chip) {
    await page.locator('[data-calitemid] [role=button]', { hasText: chip }).first().click();
    await page.locator('[data-app-section="CalendarItemPeek"]').waitFor();
  } else await page.waitForTimeout(100);
  let html = await page.evaluate(() => {
    for (const n of document.querySelectorAll('script, style')) n.remove();
    return document.documentElement.outerHTML;
  });
  const lang = await page.evaluate(() => document.documentElement.lang);
  const header = `<!--
fixture: outlook/${name}
url: ${page.url()}
locale: ${lang}
view: ${chip ? 'week, peek card open' : url.includes('/item/') ? 'full event form' : 'week'}
what: ${what}
source: reconstructed on 2026-11-22 from the selectors in shared/CALENDAR-DOM.md (public extensions, 2025-2026),
        rendered by the stand-in app (tests/fixtures/outlook/app/outlook.js); names and addresses are invented.
-->
<!doctype html>
`;
  writeFileSync(resolve(DIR, `${name}.html`), header + html.replace(/></g, '>\n<').replace(/\n\s*\n/g, '\n') + '\n');
  console.log(name, page.url());
}
await browser.close();
