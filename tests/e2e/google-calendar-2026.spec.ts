/**
 * Google Calendar as it is in 2026 (shared/CALENDAR-DOM.md): the stand-in draws
 * the live layout (title inside #xDetDlgWhen, guest rows in a tree beside the
 * counts, two loading passes). A smaller set runs on the layout before it.
 */
import type { Page } from '@playwright/test';
import { WarningDialog } from './closed-shadow';
import { expect, expectDock, openEvent, panel, storedRecords, test, WEEK_URL, writeNote } from './extension';

const storedMeetings = (page: Page, extensionId: string) =>
  storedRecords<{ title: string; start: string; end?: string }>(page.context(), extensionId, 'meetings');

const warning = (page: Page) => new WarningDialog(page);

test.describe('Google Calendar, 2026 layout', () => {
  test('a 1:1 found by its title and one found only by headcount both name the person with their address', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect((await panel(calendar)).getByText('sam.rivera@northwind.example')).toBeVisible();
    await openEvent(calendar, 'Weekly sync');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await expect((await panel(calendar)).getByText('priya.natarajan@northwind.example')).toBeVisible();
    // A team meeting: the panel leaves, and comes back for the next 1:1.
    await openEvent(calendar, 'Platform team weekly');
    await expectDock(calendar, 'hidden');
    await openEvent(calendar, '1:1 Alex / Priya');
    await expectDock(calendar, 'shown');
  });

  test('the stored meeting has the start and end the page shows, whatever digits the title holds', async ({ calendar, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await writeNote(calendar);
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await writeNote(calendar);
    await expect
      .poll(async () => (await storedMeetings(calendar, extensionId)).map(({ title, start, end }) => ({ title, start, end })))
      .toEqual(
        expect.arrayContaining([
          // Thursday 5 March, 10:00–10:30 and Wednesday 4 March, 11:00–11:30 in Berlin (UTC+1).
          { title: 'Alex / Sam 1:1', start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T09:30:00.000Z' },
          { title: '1:1 Alex / Priya', start: '2026-03-04T10:00:00.000Z', end: '2026-03-04T10:30:00.000Z' },
        ]),
      );
  });

  test('Delete on a 1:1 pressed before its guest rows have loaded still warns, with the facts about that person', async ({ calendar }) => {
    await openEvent(calendar, 'Weekly sync');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await calendar.locator('#xDetDlgCloseBu').click();
    // Reopened and deleted at once: the title and counts are in, the rows not yet.
    await calendar.locator('[data-eventchip]', { hasText: 'Weekly sync' }).click();
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).expectShown();
    await warning(calendar).expectText('Priya');
    await warning(calendar).expectText('None of your 1:1s with Priya was cancelled in the last 90 days.');
    await warning(calendar).button('Keep it').click();
    await expect(calendar.locator('[data-eventchip]', { hasText: 'Weekly sync' })).toHaveCount(1);
  });
});

test.describe('Google Calendar, the layout before 2026', () => {
  test('the panel names the person with their address, and Delete on a 1:1 warns', async ({ calendar }) => {
    await calendar.goto(`${WEEK_URL}?layout=older`);
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect((await panel(calendar)).getByText('sam.rivera@northwind.example')).toBeVisible();
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).expectText('Cancel your 1:1 with Sam Rivera?');
  });
});
