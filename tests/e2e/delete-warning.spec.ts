import type { Page } from '@playwright/test';
import { WarningDialog } from './closed-shadow';
import {
  closePopover,
  expectDock,
  expect,
  openEvent as openGoogleEvent,
  openOutlookEvent as openOutlookCard,
  outlookButton,
  OUTLOOK_OLDER_WEEK_URL,
  OUTLOOK_WEEK_URL,
  test,
  writeNote,
  pickPerson,
} from './extension';

/**
 * Opens an event, and for a 1:1 waits for the dock: then the content script (and its
 * delete guard, which starts first) is surely running, so no click races its start.
 */
async function openEvent(page: Page, title: string, nth = 0): Promise<void> {
  await openGoogleEvent(page, title, nth);
  if (/1:1/.test(title)) await expectDock(page, 'shown');
}

async function openOutlookEvent(page: Page, title: string): Promise<void> {
  await openOutlookCard(page, title);
  if (/1:1/.test(title)) await expectDock(page, 'shown');
}

interface PageDelete {
  title: string;
  scope: string;
}

/** Every deletion the calendar's own handler carried out (the stand-in apps record them). */
function pageDeletes(page: Page): Promise<PageDelete[]> {
  return page.evaluate(() => (window as unknown as { __pageDeletes: PageDelete[] }).__pageDeletes);
}

function warning(page: Page) {
  return new WarningDialog(page);
}

/**
 * Makes the extension's own code throw: Element.prototype.closest is replaced
 * in the content script's isolated world (the page's world is untouched).
 */
async function breakContentScript(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const ours = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === '1:1 Companion');
  if (!ours) throw new Error('the content script world was not found');
  await cdp.send('Runtime.evaluate', {
    contextId: ours.id,
    expression: "Element.prototype.closest = function () { throw new Error('fault injected by the test'); }",
  });
}

async function peopleHistory(page: Page, extensionId: string, name: string) {
  const people = await page.context().newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, new RegExp(name));
  return people;
}

test.describe('the delete warning on Google Calendar', () => {
  test('stops the delete of a 1:1, names the person, and Keep it or Escape keep it', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('#xDetDlgDelBu').click();
    const dialog = warning(calendar);
    await dialog.expectShown();
    await dialog.expectHeading('Cancel your 1:1 with Priya Natarajan?');
    await dialog.expectText('You have not held a 1:1 with Priya yet.');
    await dialog.expectText('None of your 1:1s with Priya was cancelled in the last 90 days.');
    await dialog.expectText('Moving it tells Priya');
    await dialog.expectButtons(['Move it instead', 'Delete anyway', 'Keep it']);
    await dialog.expectFocused(dialog.button('Move it instead'));
    await dialog.button('Keep it').click();
    await dialog.expectGone();

    await calendar.locator('#xDetDlgDelBu').click();
    await dialog.expectShown();
    await calendar.keyboard.press('Escape');
    await dialog.expectGone();
    // The calendar's popover is still open: the Escape was ours.
    await expect(calendar.locator('[data-chips-dialog]')).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
    await expect(calendar.locator('[data-eventchip]', { hasText: '1:1 Alex / Priya' })).toBeVisible();
  });

  test('keeps focus inside, and Enter never deletes', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('#xDetDlgDelBu').click();
    const dialog = warning(calendar);
    await calendar.keyboard.press('Tab');
    await dialog.expectFocused(dialog.button('Delete anyway'));
    await calendar.keyboard.press('Enter');
    await calendar.keyboard.press('Tab');
    await calendar.keyboard.press('Tab');
    await dialog.expectFocused(dialog.reason());
    // Backspace typed in the reason is text, never the calendar's delete shortcut.
    await calendar.keyboard.type('Off sick');
    await calendar.keyboard.press('Backspace');
    await calendar.keyboard.press('Enter');
    await calendar.keyboard.press('Tab');
    await dialog.expectFocused(dialog.button('Move it instead'));
    await dialog.expectShown();
    expect(await pageDeletes(calendar)).toEqual([]);
    // Space on "Delete anyway" does delete.
    await dialog.button('Delete anyway').focus();
    await calendar.keyboard.press('Space');
    await dialog.expectGone();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
  });

  test('Move it instead opens the edit page and deletes nothing', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).button('Move it instead').click();
    await expect(calendar).toHaveURL(/\/r\/eventedit\//);
    await expect(calendar.locator('#xStTiIn')).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
  });

  test('Delete anyway lets the page delete once, and the cancellation is recorded with its reason', async ({ calendar, extensionId }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('#xDetDlgDelBu').click();
    const dialog = warning(calendar);
    await dialog.reason().fill('Priya is on leave');
    await dialog.button('Delete anyway').click();
    await expect(calendar.locator('[data-eventchip]', { hasText: '1:1 Alex / Priya' })).toBeHidden();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
    // The calendar's own undo is still offered.
    await expect(calendar.locator('[aria-live]')).toContainText('Undo');

    const people = await peopleHistory(calendar, extensionId, 'Priya Natarajan');
    await expect(people.getByText('cancelled: “Priya is on leave”')).toBeVisible();
    await expect(people.locator('dl.numbers')).toContainText('Cancelled (90 days)1');
  });

  test('a recurring 1:1: the page asks which occurrences, once, after Delete anyway', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).button('Delete anyway').click();
    const scope = calendar.locator('.scope-dialog');
    await expect(scope).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
    await scope.getByRole('button', { name: 'OK' }).click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Alex / Sam 1:1', scope: 'occurrence' }]);
    await warning(calendar).expectGone();

    // The next delete of Sam's 1:1 says what just happened.
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).expectText('1 of your 1:1s with Sam was cancelled in the last 90 days.');
  });

  test('the whole series gets a second, stronger warning, and the history says the series ended', async ({ calendar, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).button('Delete anyway').click();
    const scope = calendar.locator('.scope-dialog');
    await scope.getByLabel('All events').check();
    await scope.getByRole('button', { name: 'OK' }).click();
    const strong = warning(calendar);
    await strong.expectHeading('End your regular 1:1s with Sam Rivera?');
    await strong.expectText('your regular time with Sam ends');
    expect(await pageDeletes(calendar)).toEqual([]);
    await strong.button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Alex / Sam 1:1', scope: 'series' }]);
    await expect(calendar.locator('[data-eventchip]', { hasText: 'Alex / Sam 1:1' })).toHaveCount(0);

    const people = await peopleHistory(calendar, extensionId, 'Sam Rivera');
    await expect(people.getByText('cancelled, and the series ended here')).toBeVisible();
  });

  test('Keep it at the stronger warning leaves the page’s own question open', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await calendar.locator('#xDetDlgDelBu').click();
    await warning(calendar).button('Delete anyway').click();
    const scope = calendar.locator('.scope-dialog');
    await scope.getByLabel('This and following events').check();
    await scope.getByRole('button', { name: 'OK' }).click();
    await warning(calendar).button('Move it instead').click();
    await expect(scope).toBeHidden();
    await expect(calendar).toHaveURL(/\/r\/eventedit\//);
    expect(await pageDeletes(calendar)).toEqual([]);
  });

  test('catches the Delete key while a 1:1 is open', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.keyboard.press('Delete');
    await warning(calendar).expectShown();
    await calendar.keyboard.press('Escape');
    await calendar.keyboard.press('Backspace');
    await warning(calendar).expectShown();
    await warning(calendar).button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
  });

  test('catches the edit page’s delete', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('[data-chips-dialog]').getByRole('button', { name: 'Edit event' }).click();
    await calendar.getByRole('button', { name: 'Delete' }).click();
    await warning(calendar).expectShown();
    await warning(calendar).button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
  });

  test('a team meeting and a job interview are deleted with no warning and no delay', async ({ calendar }) => {
    await openEvent(calendar, 'Jordan 1:1'); // the content script is running
    await openEvent(calendar, 'Interview: backend engineer');
    await calendar.locator('#xDetDlgDelBu').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Interview: backend engineer', scope: 'single' }]);
    await openEvent(calendar, 'Platform team weekly');
    await calendar.keyboard.press('Delete');
    await calendar.locator('.scope-dialog').getByRole('button', { name: 'OK' }).click();
    expect(await pageDeletes(calendar)).toHaveLength(2);
    await warning(calendar).expectGone();
  });

  test('fails open: when our code throws, the calendar deletes as if we were not there', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await closePopover(calendar);
    await breakContentScript(calendar);
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.locator('#xDetDlgDelBu').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
    await warning(calendar).expectGone();
  });

  test('a 1:1 moved on the edit page is recorded as moved, not cancelled', async ({ calendar, extensionId }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await writeNote(calendar);
    await calendar.locator('[data-chips-dialog]').getByRole('button', { name: 'Edit event' }).click();
    await calendar.locator('#xStTiIn').fill('1:00pm');
    await calendar.locator('#xEnTiIn').fill('1:30pm');
    await calendar.locator('#xSaveBu').click();
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect(calendar.locator('#xDetDlgWhen')).toContainText('1:00pm');
    const people = await peopleHistory(calendar, extensionId, 'Priya Natarajan');
    await expect(people.getByText('moved from 11:00')).toBeVisible();
    await expect(people.locator('dl.numbers')).toContainText('Cancelled (90 days)0');
  });
});

test('a 1:1 dragged to a later time in the grid is recorded as moved', async ({ calendar, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar);
  await closePopover(calendar);
  const chip = calendar.locator('[data-eventchip]', { hasText: 'Alex / Sam 1:1' }).first();
  const box = await chip.boundingBox();
  if (!box) throw new Error('the chip has no box');
  await calendar.mouse.move(box.x + 20, box.y + 10);
  await calendar.mouse.down();
  await calendar.mouse.move(box.x + 20, box.y + 90, { steps: 5 });
  await calendar.mouse.up();
  await expect(chip).toContainText(/^11:00am to 11:30am/);
  const people = await peopleHistory(calendar, extensionId, 'Sam Rivera');
  await expect(people.getByText('moved from 10:00')).toBeVisible();
});

test.describe('the delete warning on Outlook on the web', () => {
  test('a 1:1 moved in the event form is recorded as moved', async ({ calendar, extensionId }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await writeNote(calendar);
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Edit').click();
    await calendar.getByLabel('Start time').fill('1:00 PM');
    await calendar.getByLabel('End time').fill('1:30 PM');
    await outlookButton(calendar.locator('[data-app-section="Toolbar"]'), 'Save').click();
    await expect(calendar.locator('[data-calitemid] [role="button"]', { hasText: '1:1 Alex / Priya' })).toHaveAttribute(
      'aria-label',
      /1:00 PM to 1:30 PM/,
    );
    const people = await peopleHistory(calendar, extensionId, 'Priya Natarajan');
    await expect(people.getByText('moved from 11:00')).toBeVisible();
  });

  test('the peek card’s Delete: warning first, then the page’s own occurrence question, then one deletion', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    const card = calendar.locator('[data-app-section="CalendarItemPeek"]');
    await outlookButton(card, 'Delete').click();
    await warning(calendar).expectHeading('Cancel your 1:1 with Sam Rivera?');
    await warning(calendar).button('Keep it').click();
    expect(await pageDeletes(calendar)).toEqual([]);

    await outlookButton(card, 'Delete').click();
    await warning(calendar).button('Delete anyway').click();
    const modal = calendar.locator('[id^="ModalFocusTrapZone"]');
    await expect(modal).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
    await modal.getByRole('button', { name: 'OK' }).click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Alex / Sam 1:1', scope: 'occurrence' }]);
  });

  test('deleting the series in Outlook gets the stronger warning', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Delete').click();
    await warning(calendar).button('Delete anyway').click();
    const modal = calendar.locator('[id^="ModalFocusTrapZone"]');
    await modal.getByLabel('All events in the series').check();
    await modal.getByRole('button', { name: 'OK' }).click();
    await warning(calendar).expectHeading('End your regular 1:1s with Sam Rivera?');
    await warning(calendar).button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Alex / Sam 1:1', scope: 'series' }]);
  });

  test('the event form’s toolbar Delete, in German too', async ({ calendar }) => {
    await calendar.goto('https://outlook.cloud.microsoft/calendar/view/week?lang=de&layout=2025');
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Edit').click();
    await expect(calendar.locator('[data-app-section="Form_Content"]')).toBeVisible();
    await outlookButton(calendar.locator('[data-app-section="Toolbar"]'), 'Delete').click();
    await warning(calendar).expectShown();
    await warning(calendar).button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
  });

  test('a chip’s context menu: Delete is caught, Move it instead opens the event form', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Jordan 1:1'); // the content script is running
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Dismiss').click();
    await calendar.locator('[data-calitemid] [role="button"]', { hasText: '1:1 Alex / Priya' }).click({ button: 'right' });
    await outlookButton(calendar.locator('[role="menu"]'), 'Delete').click();
    await warning(calendar).expectHeading(/Cancel your 1:1 with Priya/);
    await warning(calendar).button('Move it instead').click();
    await expect(calendar).toHaveURL(/\/calendar\/item\//);
    await expect(calendar.locator('[data-app-section="Form_Content"]')).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
  });

  test('a team meeting and a job interview are deleted with no warning; a thrown error lets a 1:1 through', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Jordan 1:1'); // the content script is running
    await openOutlookEvent(calendar, 'Interview: backend engineer');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Delete').click();
    await openOutlookEvent(calendar, 'Platform team weekly');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Delete').click();
    await calendar.locator('[id^="ModalFocusTrapZone"]').getByRole('button', { name: 'OK' }).click();
    expect(await pageDeletes(calendar)).toHaveLength(2);
    await warning(calendar).expectGone();

    await breakContentScript(calendar);
    // The dock cannot follow any more (its code throws too): open the card without waiting for it.
    await openOutlookCard(calendar, '1:1 Alex / Priya');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Delete').click();
    expect(await pageDeletes(calendar)).toHaveLength(3);
    await warning(calendar).expectGone();
  });
});

test.describe('the delete warning on Outlook as it is in 2026: the organiser’s Cancel, then Send', () => {
  const cardButton = (page: Page, name: string) => page.locator('[data-app-section="CalendarItemPeek"]').getByRole('button', { name });
  const pane = (page: Page) => page.locator('[id^="ModalFocusTrapZone"] [role="region"]');

  test('Cancel → Send on a 1:1 is caught by the warning first; kept, nothing is sent', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await cardButton(calendar, 'Cancel').click();
    await warning(calendar).expectHeading(/Cancel your 1:1 with Priya/);
    // The page's own cancellation pane has not opened behind the warning.
    await expect(pane(calendar)).toHaveCount(0);
    await warning(calendar).button('Keep it').click();
    await warning(calendar).expectGone();
    await expect(pane(calendar)).toHaveCount(0);
    expect(await pageDeletes(calendar)).toEqual([]);

    await cardButton(calendar, 'Cancel').click();
    await warning(calendar).button('Delete anyway').click();
    await expect(pane(calendar)).toBeVisible();
    expect(await pageDeletes(calendar)).toEqual([]);
    await pane(calendar).getByRole('button', { name: 'Send' }).click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
    await expect(calendar.locator('[data-calitemid] [role="button"]', { hasText: '1:1 Alex / Priya' })).toHaveCount(0);
  });

  test('from the event form, and for the whole series the Send gets the stronger warning', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await cardButton(calendar, 'Edit').click();
    const form = calendar.locator('[id^="ModalFocusTrapZone"]:has([data-app-section="Form_Content"])');
    await expect(form).toBeVisible();
    await form.getByRole('toolbar').getByRole('button', { name: 'Cancel' }).click();
    await warning(calendar).expectHeading('Cancel your 1:1 with Sam Rivera?');
    await warning(calendar).button('Delete anyway').click();
    await pane(calendar).getByLabel('All events').check();
    await pane(calendar).getByRole('button', { name: 'Send' }).click();
    await warning(calendar).expectHeading('End your regular 1:1s with Sam Rivera?');
    expect(await pageDeletes(calendar)).toEqual([]);
    await warning(calendar).button('Delete anyway').click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Alex / Sam 1:1', scope: 'series' }]);
  });

  test('fails open: when our code throws, the organiser’s Cancel opens the page’s own pane and Send cancels', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await breakContentScript(calendar);
    await openOutlookCard(calendar, '1:1 Alex / Priya');
    await cardButton(calendar, 'Cancel').click();
    await expect(pane(calendar)).toBeVisible();
    await warning(calendar).expectGone();
    await pane(calendar).getByRole('button', { name: 'Send' }).click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya', scope: 'single' }]);
  });

  test('someone else’s 1:1 shows Delete, caught the same; an all-day event is left alone', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Canceled: Mentoring with Chris');
    await cardButton(calendar, 'Delete').click();
    await warning(calendar).expectHeading(/Cancel your 1:1 with Chris/);
    await warning(calendar).button('Keep it').click();
    expect(await pageDeletes(calendar)).toEqual([]);

    await openOutlookCard(calendar, 'Team offsite');
    await expectDock(calendar, 'hidden');
    await cardButton(calendar, 'Cancel').click();
    await expect(pane(calendar)).toBeVisible();
    await warning(calendar).expectGone();
    await pane(calendar).getByRole('button', { name: 'Send' }).click();
    expect(await pageDeletes(calendar)).toMatchObject([{ title: 'Team offsite', scope: 'single' }]);
    // The guard was alive and chose to let it be: a 1:1's Cancel right after is caught.
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await cardButton(calendar, 'Cancel').click();
    await warning(calendar).expectShown();
    await warning(calendar).button('Keep it').click();
    expect(await pageDeletes(calendar)).toHaveLength(1);
  });
});
