import type { Page } from '@playwright/test';
import {
  expectDock,
  expect,
  notesBox,
  openEvent,
  openOutlookEvent,
  outlookButton,
  OUTLOOK_OLDER_WEEK_URL,
  OUTLOOK_WEEK_URL,
  panel,
  test,
  writeNote,
} from './extension';

test.describe('the docked panel on Outlook on the web', () => {
  test('opens for a 1:1 from its peek card, keeps notes through a reload, and switches people', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect((await panel(calendar)).getByRole('heading', { level: 2, name: /Notes · Thu, 5 Mar 2026/ })).toBeVisible();
    await (await notesBox(calendar)).fill('Sam is ready to lead the Outlook migration.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');

    await calendar.reload();
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expect(await notesBox(calendar)).toHaveValue('Sam is ready to lead the Outlook migration.');

    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await openOutlookEvent(calendar, 'Jordan 1:1');
    // The room booked for it is not a person.
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
  });

  test('shows no panel for a team meeting, a job interview or an all-day event', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    for (const title of ['Platform team weekly', 'Interview: backend engineer', 'Team offsite']) {
      await openOutlookEvent(calendar, title);
      await calendar.waitForTimeout(300);
      await expectDock(calendar, 'hidden', title);
    }
    // Still alive: a 1:1 opened afterwards shows.
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await expectDock(calendar, 'shown');
  });

  test('follows the single-page app into the full event form', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await outlookButton(calendar.locator('[data-app-section="CalendarItemPeek"]'), 'Edit').click();
    await expect(calendar).toHaveURL(/\/calendar\/item\//);
    await expect(calendar.locator('[data-app-section="Form_Content"]')).toBeVisible();
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Priya Natarajan');
    await (await notesBox(calendar)).fill('Typed in the full form');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    await calendar.goBack();
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await expect(await notesBox(calendar)).toHaveValue('Typed in the full form');
  });

  test('works on the other hosts and in a German interface', async ({ calendar }) => {
    for (const url of [
      'https://outlook.cloud.microsoft/calendar/view/week?lang=de&layout=2025',
      'https://outlook.live.com/calendar/0/view/week?layout=2025',
    ]) {
      await calendar.goto(url);
      await openOutlookEvent(calendar, 'Alex / Sam 1:1');
      await expect((await panel(calendar)).getByRole('heading', { level: 1 }), url).toHaveText('Sam Rivera');
    }
    // A 1:1 the organiser cancelled still opens its notes, titled without the prefix.
    await openOutlookEvent(calendar, 'Canceled: Mentoring with Chris');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Chris Obi');
  });

  test('questions and commitments work beside Outlook, and the popup lists them', async ({ calendar, context, extensionId }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    const questions = (await panel(calendar)).getByRole('list', { name: 'Suggested questions' });
    await expect(questions.getByRole('checkbox').first()).toBeVisible();
    await questions.getByRole('checkbox').first().check();
    await expect(questions.getByRole('checkbox').first()).toBeChecked();
    const section = (await panel(calendar)).getByRole('region', { name: 'Commitments' });
    await section.getByRole('textbox', { name: 'New commitment' }).fill('Share the Outlook rollout plan with Priya');
    await section.getByRole('button', { name: 'Add commitment' }).click();
    await expect(section.getByRole('checkbox', { name: 'Share the Outlook rollout plan with Priya' })).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('list', { name: 'Open commitments' })).toContainText('Share the Outlook rollout plan with Priya');
  });

  test('is one history with Google Calendar: the same person, matched by address', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await (await notesBox(calendar)).fill('Written beside Outlook.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');

    await calendar.goto('https://calendar.google.com/calendar/u/0/r/week/2026/3/5');
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    const earlier = (await panel(calendar)).getByRole('region', { name: 'Earlier 1:1s' });
    await expect(earlier).toContainText('Written beside Outlook.');
  });
});

test.describe('Outlook on the web as it is in 2026 (outlook.cloud.microsoft)', () => {
  const heading = async (page: Page) => (await panel(page)).getByRole('heading', { level: 1 });
  const address = async (page: Page) => (await panel(page)).locator('.person-email');

  test('a 1:1 whose card names nobody opens by its title, and takes the person’s address from its event form', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    // The 2026 card shows the organiser (the user) and no guests: the title names Sam.
    await expect(await heading(calendar)).toHaveText('Sam');
    await writeNote(calendar, 'Written before the form was opened');

    await calendar.locator('[data-app-section="CalendarItemPeek"]').getByRole('button', { name: 'Edit' }).click();
    await expect(calendar.locator('[id^="ModalFocusTrapZone"] [data-app-section="Form_Content"]')).toBeVisible();
    await expect(await heading(calendar)).toHaveText('Sam Rivera');
    await expect(await address(calendar)).toHaveText('sam.rivera@northwind.example');
    await expect(await notesBox(calendar)).toHaveValue('Written before the form was opened');

    // Back on the card, and after a reload: the person keeps their name and address.
    await calendar.getByRole('toolbar').getByRole('button', { name: 'Close' }).click();
    await calendar.reload();
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expect(await heading(calendar)).toHaveText('Sam Rivera');
    await expect(await address(calendar)).toHaveText('sam.rivera@northwind.example');
    await expect(await notesBox(calendar)).toHaveValue('Written before the form was opened');
  });

  test('someone else’s 1:1 is with its organiser; a team meeting and an all-day event are left alone', async ({ calendar }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Canceled: Mentoring with Chris');
    await expect(await heading(calendar)).toHaveText('Chris Obi');
    for (const title of ['Platform team weekly', 'Team offsite']) {
      await openOutlookEvent(calendar, title);
      await calendar.waitForTimeout(300);
      await expectDock(calendar, 'hidden', title);
    }
    // Still alive: a 1:1 opened afterwards shows.
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
  });

  test('in the Japanese interface too', async ({ calendar }) => {
    await calendar.goto(`${OUTLOOK_WEEK_URL}?lang=ja`);
    await openOutlookEvent(calendar, '1:1 Alex / Priya');
    await expect(await heading(calendar)).toHaveText('Priya');
    await expect((await panel(calendar)).getByRole('heading', { level: 2, name: /Notes · Wed, 4 Mar 2026/ })).toBeVisible();
  });
});
