/**
 * Issue 20.1: the popup's "Next 1:1s" and "Not met for a while", in real Chromium (the
 * glance once read a compound index's keys, which came back empty here, so neither showed).
 * Runs on the default clock (Wednesday 25 November 2026, 10:30): the demo's week has Jordan's
 * 1:1 from 10:30 to 11:15 (happening now) and Yuki's on Thursday at 11:00.
 */
import { differenceInCalendarDays } from 'date-fns';
import { DEMO_WEEK_URL, serveStandIns } from '../harness/stand-ins';
import { expect, expectDock, openEvent, openSidePanels, panelOf, sidePanelPage, tabIdOf, test, writeNote } from './extension';
import { DEFAULT_NOW } from '../harness/clock';

// Its expectations name the day (the demo week's 1:1s, today's date): its clock is fixed, even in the clock sweep.
test.use({ startAt: DEFAULT_NOW });

test('the popup lists the next 1:1 the calendar shows and who has not been met for a while', async ({
  calendar,
  context,
  extensionId,
  now,
}) => {
  // Sam: a 1:1 held on 5 March, with a note.
  await openEvent(calendar, 'Alex / Sam 1:1');
  await writeNote(calendar, 'Held in March');
  // This week's calendar, only looked at: no chip clicked, nothing written, nothing stored.
  await serveStandIns(context, { demo: true });
  await calendar.goto(DEMO_WEEK_URL);
  await expect(calendar.locator('[data-eventchip]', { hasText: 'Alex <> Yuki 1:1' })).toBeVisible();

  // The grid's 1:1s are known from their chips (by title): Yuki's tomorrow is the next one.
  const seen = await context.newPage();
  await seen.goto(`chrome-extension://${extensionId}/popup.html`);
  // Jordan's 1:1 (10:30 to 11:15) is happening now: the popup's first line; Yuki's tomorrow follows.
  await expect(seen.getByRole('region', { name: 'Your next 1:1' })).toContainText('Jordan · now · no open commitments', {
    timeout: 10_000,
  });
  await expect(seen.getByRole('region', { name: 'Next 1:1s' }).getByRole('listitem').nth(1)).toContainText('Yuki');
  await seen.close();
  // Opened, the 1:1 names the person in full, with the address its guests show.
  await calendar.locator('[data-eventchip]', { hasText: 'Alex <> Yuki 1:1' }).click();
  await expectDock(calendar, 'shown');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const next = popup.getByRole('region', { name: 'Next 1:1s' });
  const yuki = next.getByRole('listitem').filter({ hasText: 'Yuki' });
  await expect(yuki).toContainText('Yuki Tanaka');
  await expect(yuki).toContainText('26 Nov');
  // Later 1:1s of the week, known from their chips alone, follow; nobody twice.
  await expect(next.getByRole('listitem').filter({ hasText: 'Yuki' })).toHaveCount(1);
  expect(await next.getByRole('listitem').count()).toBeGreaterThan(1);
  const waiting = popup.getByRole('region', { name: 'Not met for a while' });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  const days = differenceInCalendarDays(now, new Date(2026, 2, 5));
  await expect(waiting.getByRole('listitem')).toContainText(`Sam Rivera ${days} days`);
  // Drawn from the background's snapshot first, the same after a reopen.
  await popup.reload();
  await expect(popup.getByRole('region', { name: 'Next 1:1s' }).getByRole('listitem').filter({ hasText: 'Yuki' })).toContainText(
    'Yuki Tanaka',
  );
  // One click opens that 1:1's notes beside the tab (the side panel), though nothing of it is stored yet.
  await popup.bringToFront();
  const tab = await tabIdOf(popup);
  await popup.getByRole('region', { name: 'Next 1:1s' }).getByRole('button', { name: 'Yuki Tanaka' }).click();
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[tab, 'Yuki Tanaka']]);
  const notes = await sidePanelPage(context);
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Yuki Tanaka');
  await expect(notes.getByRole('heading', { level: 2, name: /^Notes · Thu, 26 Nov 2026/ })).toBeVisible();
});
