/**
 * Issue 20.3 and 20.5: the notes beside any tab, opened for real. Each opening path (the popup's
 * click, the call page's button) is proven by asking the service worker which side panels are
 * open (chrome.runtime.getContexts), for which tab and on whom; the panel on a plain tab shows the
 * 1:1 happening now, else today's 1:1s and "Start a 1:1 with …". Runs on the default clock
 * (Wednesday 25 November 2026, 10:30): the demo week has Jordan's 1:1 from 10:30 to 11:15.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_NOW } from '../harness/clock';
import { ShadowHost } from './closed-shadow';
import {
  expect,
  openEvent,
  openSidePanels,
  panel,
  panelOf,
  sidePanelPage,
  showDemoWeek,
  extensionTab,
  test,
  writeNote,
  type WithExtensionApi,
  pickPerson,
  serviceWorkerOf,
} from './extension';

// Its expectations name the day (the demo week's 1:1s): its clock is fixed, even in the clock sweep.
test.use({ startAt: DEFAULT_NOW });

test('the popup opens the next 1:1’s notes in the side panel beside the tab, on that person', async ({
  calendar,
  context,
  extensionId,
}) => {
  await showDemoWeek(context, calendar);
  const { page: popup, tab } = await extensionTab(context, extensionId, 'popup.html');
  expect(await openSidePanels(context)).toEqual([]);

  await popup.getByRole('region', { name: 'Next 1:1s' }).getByRole('button', { name: 'Yuki' }).click();
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[tab, 'Yuki']]);
  const [opened] = await openSidePanels(context);
  expect(opened?.documentUrl).toContain(`/sidepanel.html?tab=${tab}#`);
  const side = await sidePanelPage(context);
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Yuki');
  await expect(side.getByRole('heading', { level: 2, name: /^Notes · Thu, 26 Nov 2026/ })).toBeVisible();

  // The first line's person (Jordan, now) opens the same panel on Jordan (the popup's tab in front again).
  if (side !== popup) await side.close();
  await popup.bringToFront();
  await popup.getByRole('region', { name: 'Your next 1:1' }).getByRole('button', { name: 'Jordan' }).click();
  // (The window's own panel, shown meanwhile on the tab that had none, may stay open beside it.)
  await expect
    .poll(async () => (await openSidePanels(context)).map(panelOf).filter(([panelTab]) => panelTab === tab))
    .toEqual([[tab, 'Jordan']]);
});

test('“Start a 1:1 with …” in the popup, for someone not stored: today’s meeting, its notes beside the tab', async ({
  context,
  extensionId,
}) => {
  const { page: popup, tab } = await extensionTab(context, extensionId, 'popup.html');
  await popup.getByText('Start a 1:1 that is not on your calendar').click();
  // Nothing typed: a clear message, nothing made.
  await popup.getByRole('button', { name: 'Start' }).click();
  await expect(popup.getByRole('alert')).toHaveText('Type the name or email of the person you are meeting.');
  await popup.getByRole('combobox', { name: 'Start a 1:1 with' }).fill('Kim Lee');
  await popup.getByRole('button', { name: 'Start' }).click();
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[tab, 'Kim Lee']]);
  const side = await sidePanelPage(context);
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Kim Lee');
  await expect(side.getByRole('heading', { level: 2, name: /^Notes · Wed, 25 Nov 2026/ })).toBeVisible();
  await side.getByRole('textbox', { name: /^Notes/ }).fill('A walk: Kim wants more code review.');
  await expect(side.getByTestId('save-state')).toHaveText('Saved');
  // The people page has Kim, with today's notes.
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /^Kim Lee/);
  await expect(people.getByRole('region', { name: 'Person' })).toContainText('A walk: Kim wants more code review.');
});

test('“Notes beside this tab” in the popup opens the side panel on the 1:1 happening now', async ({ calendar, context, extensionId }) => {
  await showDemoWeek(context, calendar);
  const { page: popup, tab } = await extensionTab(context, extensionId, 'popup.html');
  // The grid's 1:1s are known (the popup's first line names Jordan's, happening now).
  await expect(popup.getByRole('region', { name: 'Your next 1:1' })).toContainText('Jordan · now');
  await popup.getByRole('button', { name: 'Notes beside this tab' }).click();
  // The tab's own panel, on nobody in particular: it finds the 1:1 at hand itself.
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[tab, '']]);
  const side = await sidePanelPage(context);
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Jordan');
  await expect(side.getByRole('button', { name: '← Today’s 1:1s' })).toBeVisible();
});

test('on a plain tab the side panel shows the 1:1 happening now, then today’s 1:1s and a start for any other', async ({
  calendar,
  context,
  extensionId,
}) => {
  await showDemoWeek(context, calendar);
  const side = await context.newPage();
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // Jordan's 1:1 (10:30 to 11:15), known from its chip alone.
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Jordan');
  await side.getByRole('button', { name: '← Today’s 1:1s' }).click();
  const today = side.getByRole('region', { name: 'Today’s 1:1s' });
  await expect(today.getByRole('listitem')).toHaveCount(1);
  await expect(today.getByRole('listitem')).toContainText('10:30');
  // Gone back from it, it stays back (until the next 1:1 comes to hand).
  await side.waitForTimeout(500);
  await expect(side.getByRole('heading', { name: 'Today’s 1:1s' })).toBeVisible();
  await side.getByRole('combobox', { name: 'Start a 1:1 with' }).fill('priya.shah@northwind.example');
  await side.getByRole('button', { name: 'Start' }).click();
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Priya Shah');
  await expect(side.getByText('priya.shah@northwind.example')).toBeVisible();
  // A reload keeps the person opened.
  await side.reload();
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Priya Shah');
});

test('the call page’s button opens the side panel for that tab, on the call’s 1:1', async ({ calendar, context }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await writeNote(calendar, 'Before the call');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  const html = readFileSync(path.join(import.meta.dirname, '../fixtures/meet/in-call.html'), 'utf8');
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const meet = await context.newPage();
  await meet.goto('https://meet.google.com/sam-week-lyo');
  const button = new ShadowHost(meet, 'one-on-one-companion-call').getByRole('button', { name: '1:1 notes' });
  await expect.poll(() => button.isShown()).toBe(true);
  expect(await openSidePanels(context)).toEqual([]);
  await button.click();
  const worker = await serviceWorkerOf(context);
  // The call's tab, as the call page told the background (live calls are kept by tab).
  const meetTab = await worker.evaluate(() =>
    (globalThis as unknown as WithExtensionApi).chrome.storage.session
      .get('liveCalls')
      .then((stored) => Number(Object.keys((stored.liveCalls ?? {}) as object)[0])),
  );
  await expect.poll(async () => (await openSidePanels(context)).map(panelOf)).toEqual([[meetTab, '']]);
  const [opened] = await openSidePanels(context);
  expect(opened?.documentUrl).toMatch(new RegExp(`/sidepanel\\.html\\?tab=${meetTab}$`));
  const side = await sidePanelPage(context);
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  await expect(side.getByRole('textbox', { name: /^Notes/ })).toHaveValue('Before the call');
});
