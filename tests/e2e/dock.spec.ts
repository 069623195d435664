import { dockOn } from './closed-shadow';
import { closePopover, expectDock, expect, openEvent, panel, test, notesBox } from './extension';

test.describe('the docked panel on Google Calendar', () => {
  test('opens beside the calendar with the person of a 1:1', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect((await panel(calendar)).getByText('sam.rivera@northwind.example')).toBeVisible();
    await expect((await panel(calendar)).getByTestId('gap')).toContainText('Your first 1:1 together');
  });

  test('opens on a panel warmed up before any 1:1, and switches on it', async ({ calendar }) => {
    // The dock loads the panel out of sight once the page is idle (at most 2 s after load).
    await expect.poll(() => calendar.frames().some((frame) => /\/panel\.html$/.test(frame.url())), { timeout: 5000 }).toBe(true);
    await expectDock(calendar, 'hidden');
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await (await notesBox(calendar)).fill('Typed in a warmed-up panel');
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
  });

  test('keeps typed notes through a reload', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    const notes = await notesBox(calendar);
    await notes.fill('Sam wants more ownership of the billing migration.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    await calendar.reload();
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect(await notesBox(calendar)).toHaveValue('Sam wants more ownership of the billing migration.');
  });

  test('does not lose notes typed just before the page goes away', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    // No pause for the debounce: reload at once, as a user closing the tab would.
    await (await notesBox(calendar)).pressSequentially('Ask about the conference talk');
    await calendar.reload();
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect(await notesBox(calendar)).toHaveValue('Ask about the conference talk');
  });

  test('shows no panel for a team meeting', async ({ calendar }) => {
    await openEvent(calendar, 'Platform team weekly');
    // Give the content script the time it would take to react.
    await calendar.waitForTimeout(400);
    await expectDock(calendar, 'hidden');
    expect(await dockOn(calendar).locate('.offer').isShown()).toBe(false);
    // The same script, a moment later, shows a 1:1: it was alive and chose not to.
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
  });

  test('leaves when a non-1:1 opens after a 1:1', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    await openEvent(calendar, 'Platform team weekly');
    await expectDock(calendar, 'hidden');
  });

  test('switches person when a different 1:1 opens', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await openEvent(calendar, 'Jordan 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
  });

  test('shows the earlier notes at the next occurrence', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await (await notesBox(calendar)).fill('Talked about the on-call load. Follow up in two weeks.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 2, name: /Notes · Thu, 12 Mar 2026/ })).toBeVisible();
    await expect(await notesBox(calendar)).toHaveValue('');
    const earlier = (await panel(calendar)).getByRole('region', { name: 'Earlier 1:1s' });
    await expect(earlier).toContainText('Thu, 5 Mar 2026');
    await expect(earlier).toContainText('Talked about the on-call load. Follow up in two weeks.');
    await expect((await panel(calendar)).getByTestId('gap')).toContainText('Last 1:1');
    // The one shown is not written in yet: one held (issue 21.3).
    await expect((await panel(calendar)).getByTestId('gap')).toContainText('1 held');
  });

  test('stays when the popover closes, and while the user works in the calendar', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await (await notesBox(calendar)).fill('Still here');
    await closePopover(calendar);
    await calendar.waitForTimeout(300);
    await expectDock(calendar, 'shown');
    await expect(await notesBox(calendar)).toHaveValue('Still here');
  });

  test('follows the single-page app to the edit page and back, and adds nothing to the tab’s history', async ({ calendar }) => {
    const entries = () => calendar.evaluate(() => history.length);
    const before = await entries();
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    // Switching people in the panel is no page the user went to: Back goes where the calendar says.
    expect(await entries()).toBe(before);
    await calendar.locator('[data-chips-dialog]').getByRole('button', { name: 'Edit event' }).click();
    await expect(calendar).toHaveURL(/\/r\/eventedit\//);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await calendar.goBack();
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  });
});

test.describe('dates in the browser’s language', () => {
  test.use({ locale: 'de-DE' });

  test('a German browser reads German dates in the panel (the interface text stays English)', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 2, name: /Notes · Do\., 12\. März 2026/ })).toBeVisible();
  });
});
