/**
 * Knowing when we cannot read the calendar page: a stand-in whose guest rows moved
 * where we do not look raises a plain notice in the popup and on the options page,
 * and "Copy a report" holds the page's structure, never a name or an address.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openEvent, openOutlookEvent, OUTLOOK_OLDER_WEEK_URL, panel, test, WEEK_URL } from './extension';

const notice = (page: Page) => page.getByRole('status', { name: /Google Calendar changed its page/ });

test('a page whose guest rows moved raises the notice, and the report holds no name or address', async ({
  calendar,
  context,
  extensionId,
}) => {
  await calendar.goto(`${WEEK_URL}?changed=guests`);
  await openEvent(calendar, 'Alex / Sam 1:1');
  // Still found by its title (the content script is alive) …
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam');
  // … and, once the page has settled, the notice.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(notice(popup)).toBeVisible({ timeout: 15_000 });
  await expect(notice(popup)).toContainText('What we could not read: who is invited.');
  await notice(popup).getByRole('button', { name: 'Copy a report' }).click();
  const report = await notice(popup).getByRole('textbox', { name: 'Copy a report' }).inputValue();
  expect(report).toContain('could not read: no-guest-rows');
  expect(report).toContain('#xDetDlgWhen');
  for (const secret of ['Sam', 'Rivera', 'Alex', 'Kim', '@', 'northwind', 'sam-week-lyo', 'Thursday'])
    expect(report, secret).not.toContain(secret);
  // On the clipboard, or (when the browser refuses) shown for the user to copy: either way, all of it is shown.
  await expect(notice(popup).getByText(/^(Copied\. Here is everything it holds:|The browser would not copy it\.)/)).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(notice(options)).toBeVisible();

  // The page reads well again: the notice goes.
  await calendar.goto(WEEK_URL);
  await openEvent(calendar, '1:1 Alex / Priya');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
  await expect(notice(options)).toBeHidden({ timeout: 15_000 });
});

test('a page we can read raises no notice', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  // Past the moment the check runs (3 s after the page settles), on the browser's own clock.
  await calendar.waitForTimeout(3500);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(/Open a 1:1 in Google Calendar/)).toBeVisible();
  await expect(notice(popup)).toHaveCount(0);
});

test('Outlook: a card we can read raises no notice; one whose delete button we cannot find does', async ({
  calendar,
  context,
  extensionId,
}) => {
  const outlookNotice = (page: Page) => page.getByRole('status', { name: /Outlook changed its page/ });
  await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
  await openOutlookEvent(calendar, '1:1 Alex / Priya');
  await calendar.waitForTimeout(3500);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(/Open a 1:1 in Google Calendar|Commitments/).first()).toBeVisible();
  await expect(outlookNotice(popup)).toHaveCount(0);
  await popup.close();
  // The card's Delete moves where we do not look.
  const removed = await calendar.evaluate(() => {
    let count = 0;
    for (const icon of document.querySelectorAll(
      '[data-app-section="CalendarItemPeek"] i[data-icon-name="Delete"], [data-app-section="CalendarItemPeek"] i[data-icon-name="CalendarCancel"]',
    )) {
      icon.closest('button')?.remove();
      count++;
    }
    return count;
  });
  expect(removed).toBeGreaterThan(0);
  await calendar.waitForTimeout(3500);
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(outlookNotice(again)).toBeVisible();
  await expect(outlookNotice(again)).toContainText('its delete button');
});

test('a call page: a Meet call we can read raises no notice; one whose tiles we cannot find does, and it holds no name', async ({
  context,
  extensionId,
}) => {
  const meetNotice = (page: Page) => page.getByRole('status', { name: /Google Meet changed its page/ });
  const callPage = readFileSync(path.join(import.meta.dirname, '../fixtures/meet/in-call.html'), 'utf8');
  // The stage moved where we do not look: no tile carries data-participant-id any more.
  const changed = callPage.replaceAll('data-participant-id', 'data-tile-id');
  let served = callPage;
  await context.route('https://meet.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: served }));
  const meet = await context.newPage();
  await meet.goto('https://meet.google.com/sam-week-lyo');
  await meet.waitForTimeout(6000);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(/Open a 1:1 in Google Calendar|Commitments/).first()).toBeVisible();
  await expect(meetNotice(popup)).toHaveCount(0);
  await popup.close();

  served = changed;
  await meet.reload();
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(meetNotice(again)).toBeVisible({ timeout: 15_000 });
  await expect(meetNotice(again)).toContainText('who is in the call');
  await meetNotice(again).getByRole('button', { name: 'Copy a report' }).click();
  const report = await meetNotice(again).getByRole('textbox', { name: 'Copy a report' }).inputValue();
  expect(report).toContain('could not read: no-people');
  for (const secret of ['Sam', 'Rivera', 'Alex', 'sam-week-lyo']) expect(report, secret).not.toContain(secret);
});
