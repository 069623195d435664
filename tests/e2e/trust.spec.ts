/**
 * The calendar page is not on our side (issue 17): what a page, or a part of the
 * extension that a page could reach, may and may not make us do.
 */
import type { Page } from '@playwright/test';
import { WarningDialog } from './closed-shadow';
import { GOOGLE_CALENDAR_HTML, OUTLOOK_HTML } from '../harness/stand-ins';
import {
  answerDialogsInTest,
  expect,
  expectDock,
  openEvent,
  openOutlookEvent,
  OUTLOOK_WEEK_URL,
  panel,
  storedRecords,
  test,
  WEEK_URL,
  writeNote,
} from './extension';

type WithChrome = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

test.describe('the background obeys only the senders that need each message', () => {
  test('an extension page cannot speak for the calendar: no brief, no cancellation', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await writeNote(calendar);
    const meetings = await storedRecords<{ eventKey: string; seriesKey: string; title: string; start: string; status: string }>(
      context,
      extensionId,
      'meetings',
    );
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0];
    if (!meeting) throw new Error('no meeting was stored');

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const answers = await page.evaluate(
      async ({ meeting }) => {
        const { runtime } = (globalThis as unknown as WithChrome).chrome;
        const counterpart = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
        const brief = await runtime.sendMessage({ type: 'person-brief', counterpart });
        const occurrence = { key: meeting.eventKey, seriesKey: meeting.seriesKey, title: meeting.title, start: meeting.start, counterpart };
        const cancelled = await runtime.sendMessage({ type: 'meeting-cancelled', occurrence, endedSeries: true, reason: 'forged' });
        return { brief: brief ?? null, cancelled: cancelled ?? null };
      },
      { meeting },
    );
    expect(answers).toEqual({ brief: null, cancelled: null });
    const after = await storedRecords<{ status: string; cancelReason?: string }>(context, extensionId, 'meetings');
    expect(after.map(({ status, cancelReason }) => ({ status, cancelReason }))).toEqual([{ status: 'scheduled', cancelReason: undefined }]);
  });
});

test.describe('the page cannot drive or read the delete warning', () => {
  const pageDeletes = (page: Page) => page.evaluate(() => (window as unknown as { __pageDeletes: { title: string }[] }).__pageDeletes);

  test('a click the page dispatches opens no warning and asks nothing; the page’s own action goes through', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await calendar.evaluate(() => (document.querySelector('#xDetDlgDelBu') as HTMLElement).click());
    await expect.poll(() => pageDeletes(calendar)).toMatchObject([{ title: '1:1 Alex / Priya' }]);
    expect(await calendar.locator('one-on-one-companion-warning').count()).toBe(0);
  });

  test('the warning the user opened is closed to the page: it reads nothing and presses nothing', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await calendar.locator('#xDetDlgDelBu').click();
    const warning = new WarningDialog(calendar);
    await warning.expectText('Cancel your 1:1 with Sam');
    const seen = await calendar.evaluate(() => {
      const host = document.querySelector('one-on-one-companion-warning');
      if (!host) throw new Error('the warning host is not on the page');
      // Everything a script could try: the root, the host's text, events at the host.
      for (const key of ['Enter', ' ']) host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return {
        root: host.shadowRoot === null ? null : 'open',
        text: (host as HTMLElement).innerText,
        html: document.documentElement.outerHTML,
      };
    });
    expect(seen.root).toBeNull();
    expect(seen.text).toBe('');
    expect(seen.html).not.toContain('Cancel your 1:1');
    await warning.expectShown();
    expect(await pageDeletes(calendar)).toEqual([]);
    await calendar.keyboard.press('Escape');
    await warning.expectGone();
    expect(await pageDeletes(calendar)).toEqual([]);
  });
});

test.describe('a panel URL the page forges', () => {
  test('stores nobody, moves and renames nothing, and shows notes only beside the person they are with', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await writeNote(calendar, 'Private about Sam');
    const [sam] = await storedRecords<{ eventKey: string; seriesKey: string; start: string; title: string }>(
      context,
      extensionId,
      'meetings',
    );
    if (!sam) throw new Error('no meeting was stored');
    // The page frames our panel (web-accessible on calendar pages) with URLs of its own making.
    await calendar.evaluate(
      ({ id, meeting }) => {
        const frame = (target: unknown) => {
          const element = document.createElement('iframe');
          element.src = `chrome-extension://${id}/panel.html#${encodeURIComponent(JSON.stringify(target))}`;
          document.body.append(element);
        };
        const forged = { v: 1, allDay: false, recurring: true, start: '2026-03-13T15:00:00.000Z' };
        for (let index = 0; index < 20; index++)
          frame({
            ...forged,
            key: `forged-${index}`,
            seriesKey: `forged-${index}`,
            title: 'x',
            counterpart: { email: `p${index}@evil.example` },
          });
        const sams = { key: meeting.eventKey, seriesKey: meeting.seriesKey };
        frame({ ...forged, ...sams, title: 'Forged', counterpart: { name: 'Eve', email: 'eve@evil.example' } });
        frame({ ...forged, ...sams, title: 'Renamed', counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' } });
      },
      { id: extensionId, meeting: sam },
    );
    const forgedFrames = () =>
      calendar.frames().filter((frame) => /panel\.html#.*(forged|Forged|Renamed)/.test(decodeURIComponent(frame.url())));
    await expect.poll(() => forgedFrames().length).toBe(22);
    const eve = forgedFrames().find((frame) => decodeURIComponent(frame.url()).includes('eve@evil.example'));
    if (!eve) throw new Error('the forged frame is missing');
    await expect(eve.getByRole('alert')).toContainText('The notes of this event are with Sam Rivera');
    await expect(eve.locator('body')).not.toContainText('Private about Sam');
    // Every forged frame has rendered (a heading or a notice) before the store is read.
    for (const frame of forgedFrames()) await expect(frame.locator('h1, [role="alert"]').first()).toBeVisible();

    expect(await storedRecords(context, extensionId, 'people')).toHaveLength(1);
    const meetings = await storedRecords<{ status: string; start: string; title: string }>(context, extensionId, 'meetings');
    expect(meetings.map(({ status, start, title }) => ({ status, start, title }))).toEqual([
      { status: 'scheduled', start: sam.start, title: sam.title },
    ]);
  });
});

test.describe('the page can fade or cover the docked panel', () => {
  test('"Not a 1:1" and the recap ask through the browser’s own dialog, which the page cannot hide or answer', async ({
    calendar,
    context,
    extensionId,
  }) => {
    answerDialogsInTest(calendar);
    const asked: string[] = [];
    let answer = false;
    calendar.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    const frame = await panel(calendar);
    // The page fades the dock to nothing: a click on it would be a click the user did not mean.
    await calendar.evaluate(() => ((document.querySelector('one-on-one-companion') as HTMLElement).style.opacity = '0.01'));
    await frame.getByRole('button', { name: 'Not a 1:1' }).click();
    await expect.poll(() => asked).toEqual([expect.stringContaining('Stop showing notes for “Alex / Sam 1:1”')]);
    // Declined: nothing changed, the panel stays.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await frame.getByRole('button', { name: 'Copy recap', exact: true }).click();
    await expect.poll(() => asked.length).toBe(2);
    await expect(frame.getByRole('status').filter({ hasText: /copied|did not allow/i })).toHaveCount(0);
    answer = true;
    await frame.getByRole('button', { name: 'Not a 1:1' }).click();
    await expectDock(calendar, 'hidden');

    // In a tab of its own no page is around the panel: nothing is asked.
    const own = await context.newPage();
    answerDialogsInTest(own);
    own.on('dialog', (dialog) => void dialog.dismiss().then(() => asked.push(`own tab: ${dialog.message()}`)));
    expect(frame.url()).toContain(`chrome-extension://${extensionId}/panel.html#`);
    await own.goto(frame.url());
    await own.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(own.getByRole('status').filter({ hasText: /copied|did not allow/i })).toHaveCount(1);
    expect(asked).toHaveLength(3);
  });
});

test.describe('the page’s own content security policy', () => {
  // A nonce-only policy of the strict kind big web apps send, frames and objects refused too. Our
  // dock, its panel and the warning all come from the extension: a page's policy cannot stop them.
  const POLICY = "script-src 'nonce-stand-in' 'strict-dynamic'; object-src 'none'; base-uri 'self'; frame-src 'none'";
  const withPolicy = (html: string) => ({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': POLICY },
    body: html.replaceAll('<script>', '<script nonce="stand-in">'),
  });

  test('stops neither the dock, its panel, nor the warning, on either calendar', async ({ context }) => {
    await context.route('https://calendar.google.com/**', (route) => route.fulfill(withPolicy(GOOGLE_CALENDAR_HTML)));
    await context.route('https://outlook.cloud.microsoft/**', (route) => route.fulfill(withPolicy(OUTLOOK_HTML)));
    const page = await context.newPage();
    const response = await page.goto(WEEK_URL);
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    // The stand-in's own script runs under the policy (its nonce). Anything the policy refused would
    // be a console error, which fails the test (tests/e2e/extension.ts).
    expect(await page.locator('[data-eventchip]').count()).toBeGreaterThan(0);
    await openEvent(page, 'Alex / Sam 1:1');
    await expect((await panel(page)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await page.locator('#xDetDlgDelBu').click();
    const warning = new WarningDialog(page);
    await warning.expectText('Cancel your 1:1 with Sam');
    await page.keyboard.press('Escape');
    await warning.expectGone();

    await page.goto(OUTLOOK_WEEK_URL);
    await openOutlookEvent(page, 'Alex / Sam 1:1');
    await expectDock(page, 'shown');
    await expect((await panel(page)).getByRole('heading', { level: 1 })).toHaveText(/Sam/);
  });
});
