/**
 * Issue 20.4 and 20.5: a reminder before each 1:1, as the browser shows it. The demo week on
 * Thursday 26 November 2026 at 10:49:30: Yuki's 1:1 at 11:00 is known from its chip. With the
 * default five minutes nothing shows yet; set to fifteen, the reminder shows at once with Yuki's
 * numbers, and clicking it opens Yuki's notes. What the service worker asked the browser to
 * show is read there (notifications.create, watched), and the click is the browser's own event.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { addCommitment, expect, openEvent, panel, showDemoWeek, test, type WithExtensionApi, serviceWorkerOf } from './extension';

test.use({ startAt: '2026-11-26T10:49:30+01:00' });

interface Shown {
  id: string;
  title: string;
  message: string;
}
type Watched = WithExtensionApi & { shownReminders: Shown[] };

/** The service worker, with every notification it creates noted (and still created). */
async function watchNotifications(context: BrowserContext): Promise<Worker> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as Watched;
    scope.shownReminders = [];
    const api = scope.chrome.notifications;
    const create = api.create.bind(api) as unknown as (id: string, options: { title: string; message: string }) => Promise<string>;
    (api as unknown as { create: typeof create }).create = (id, options) => {
      scope.shownReminders.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
  return worker;
}

const shown = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as Watched).shownReminders);

test('a reminder shows at the lead time set, with the person’s numbers, and opens their notes', async ({
  calendar,
  context,
  extensionId,
}) => {
  const worker = await watchNotifications(context);
  await showDemoWeek(context, calendar);
  // Yuki's 1:1: a commitment each way and a topic, written in the docked panel.
  await openEvent(calendar, 'Alex <> Yuki 1:1');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Yuki Tanaka');
  await addCommitment(calendar, 'Send Yuki the offsite agenda', 'me');
  await addCommitment(calendar, 'Draft the on-call proposal', 'them');
  await (await panel(calendar)).getByRole('textbox', { name: 'A topic Yuki wants to discuss' }).fill('Conference budget');
  await (await panel(calendar)).getByRole('button', { name: 'Add topic' }).click();
  await expect((await panel(calendar)).getByRole('region', { name: /Their topics/ })).toContainText('Conference budget');

  // Five minutes before 11:00 is still minutes away: nothing yet.
  await calendar.waitForTimeout(2_000);
  expect(await shown(worker)).toEqual([]);

  // Fifteen minutes before: due now.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reminders = options.getByRole('region', { name: 'Reminders' });
  await expect(reminders.getByRole('checkbox', { name: 'Remind me before each 1:1' })).toBeChecked();
  await reminders.getByRole('spinbutton', { name: 'Minutes before' }).fill('15');
  await reminders.getByRole('button', { name: 'Save' }).click();
  await expect(reminders.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => shown(worker), { timeout: 15_000 }).toHaveLength(1);
  const [reminder] = await shown(worker);
  if (!reminder) throw new Error('no reminder shown');
  expect(reminder.id).toMatch(/^reminder:/);
  expect(reminder.title).toMatch(/^Yuki Tanaka · 1:1 in 1[01] min$/);
  expect(reminder.message.split('\n')).toEqual(['Open commitments: 1 yours, 1 theirs', 'Their topics: 1', 'Focus due: The Present']);
  // The browser has it.
  expect(await worker.evaluate(() => (globalThis as unknown as WithExtensionApi).chrome.notifications.getAll())).toHaveProperty([
    reminder.id,
  ]);
  // Once only.
  await calendar.waitForTimeout(1_500);
  expect(await shown(worker)).toHaveLength(1);

  // Clicked: Yuki's notes (a notification's click may not open the side panel: then a tab).
  const [notes] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate((id) => {
      const event = (globalThis as unknown as WithExtensionApi).chrome.notifications.onClicked as unknown as { dispatch(id: string): void };
      event.dispatch(id);
    }, reminder.id),
  ]);
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Yuki Tanaka');
  // In whichever date format the new tab got (a tab the extension opens takes the test's language a moment later).
  await expect(notes.getByRole('heading', { level: 2, name: /^Notes · Thu, (26 Nov|Nov 26),? 2026/ })).toBeVisible();
});

test('reminders off with one switch: nothing shows', async ({ calendar, context, extensionId }) => {
  const worker = await watchNotifications(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reminders = options.getByRole('region', { name: 'Reminders' });
  await reminders.getByRole('spinbutton', { name: 'Minutes before' }).fill('15');
  await reminders.getByRole('button', { name: 'Save' }).click();
  await reminders.getByRole('checkbox', { name: 'Remind me before each 1:1' }).uncheck();
  await expect(reminders.getByRole('spinbutton', { name: 'Minutes before' })).toBeDisabled();
  await showDemoWeek(context, calendar);
  await calendar.waitForTimeout(3_000);
  expect(await shown(worker)).toEqual([]);
  // Back on: Yuki's reminder shows.
  await reminders.getByRole('checkbox', { name: 'Remind me before each 1:1' }).check();
  await expect.poll(() => shown(worker), { timeout: 15_000 }).toHaveLength(1);
});
