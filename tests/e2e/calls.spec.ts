import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ShadowHost } from './closed-shadow';
import { expect, notesBox, openEvent, openOutlookEvent, OUTLOOK_WEEK_URL, panel, test, writeNote } from './extension';

/** A committed call-page fixture (tests/fixtures/meet, tests/fixtures/teams): the page as the stand-in serves it. */
function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, '../fixtures', `${name}.html`), 'utf8');
}

async function serve(context: BrowserContext, pattern: string, html: string) {
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

async function sidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

test.describe('the side panel beside a call', () => {
  test('a Meet call with a presentation on the stage still finds the 1:1 person, and ends when "You left the meeting" shows', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    // The 2026 layout: no data-self-name; Sam presents, a second tile with Sam's id.
    await serve(context, 'https://meet.google.com/**', fixture('meet/other-presents'));
    const meet = await context.newPage();
    await meet.goto('https://meet.google.com/sam-week-lyo');
    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    // Leaving keeps the URL: the page only changes what it shows.
    const left = fixture('meet/left');
    await meet.evaluate((html) => {
      document.title = 'Meet';
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, left);
    // The call over, the panel goes back to the day (tests/e2e/side-panel.spec.ts).
    await expect(side.getByRole('heading', { name: 'Today’s 1:1s' })).toBeVisible({ timeout: 15_000 });
  });

  test('a Meet call is matched by the video link remembered from the calendar; notes meet in one meeting', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    // Its title would match too: the link decides first (the next call to the same link is the same 1:1).
    await serve(context, 'https://meet.google.com/**', fixture('meet/in-call'));
    const meet = await context.newPage();
    await meet.goto('https://meet.google.com/sam-week-lyo');
    await expect
      .poll(() => new ShadowHost(meet, 'one-on-one-companion-call').getByRole('button', { name: '1:1 notes' }).isShown())
      .toBe(true);

    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect(side.getByRole('heading', { name: /Notes · Thu, 12 Mar 2026/ })).toBeVisible();
    await side.getByRole('textbox', { name: /^Notes/ }).fill('Typed beside the call');
    await expect(await notesBox(calendar)).toHaveValue('Typed beside the call');

    // The privacy screen hides the notes in one click.
    await side.getByRole('button', { name: 'Hide notes' }).click();
    await expect(side.getByText('Notes hidden.')).toBeVisible();
    await expect(side.getByRole('textbox', { name: /^Notes/ })).toHaveCount(0);
    await side.getByRole('button', { name: 'Show notes' }).click();
    await expect(side.getByRole('textbox', { name: /^Notes/ })).toHaveValue('Typed beside the call');
  });

  test('a Teams call is recognised from its own title and people, and hides the notes while presenting', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    // "Meeting with Sam Rivera", Sam's tile, a meeting code the calendar never showed.
    await serve(context, 'https://teams.microsoft.com/**', fixture('teams/in-call'));
    const teams = await context.newPage();
    await teams.goto('https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZXhhbXBsZQ%40thread.v2/0');
    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect(side.getByText('sam.rivera@northwind.example')).toBeVisible();

    // The user starts sharing ("Stop sharing", the page only changes what it shows): the notes hide themselves.
    const presenting = fixture('teams/presenting');
    await teams.evaluate((html) => {
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, presenting);
    await expect(side.getByText('Notes hidden while you present.')).toBeVisible();
  });

  test('a Teams guest who joined by link: the meeting code is read from the coords parameter, and finds the 1:1 opened in Outlook', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await calendar.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(calendar, 'Alex / Sam 1:1');
    await calendar.locator('[data-app-section="CalendarItemPeek"]').getByRole('button', { name: 'Edit' }).click();
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    // The guest page's title and tiles name no 1:1: only the code in coords ties it to the calendar's Teams link.
    const coords = Buffer.from(JSON.stringify({ conversationId: '19:meeting_sam-weekly@thread.v2', messageId: '0' })).toString('base64');
    await serve(context, 'https://teams.microsoft.com/**', fixture('teams/guest-thread').replaceAll('Sam Rivera', 'Guest 1'));
    const teams = await context.newPage();
    await teams.goto(`https://teams.microsoft.com/light-meetings/launch?agent=web&coords=${encodeURIComponent(coords)}`);
    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect(side.getByText('sam.rivera@northwind.example')).toBeVisible();
  });

  test('when nothing matches, the user picks the person, and the call remembers', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Jordan 1:1');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
    // People are stored with their first edit: the picker lists those.
    await writeNote(calendar);
    await serve(context, 'https://meet.google.com/**', fixture('meet/group-call'));
    const meet = await context.newPage();
    await meet.goto('https://meet.google.com/qqq-wwww-eee');
    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { name: 'Who is this 1:1 with?' })).toBeVisible();
    await side.getByRole('searchbox', { name: 'Find a person' }).fill('jor');
    await side.getByRole('button', { name: /Jordan Ellis/ }).click();
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
    await side.reload();
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
  });

  test('with no call and no 1:1 today, the side panel says so and offers to start one', async ({ context, extensionId }) => {
    const side = await sidePanel(context, extensionId);
    await expect(side.getByRole('heading', { name: 'Today’s 1:1s' })).toBeVisible();
    await expect(side.getByText(/No 1:1s on your calendar today/)).toBeVisible();
    await expect(side.getByRole('combobox', { name: 'Start a 1:1 with' })).toBeVisible();
  });
});
