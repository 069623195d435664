import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WarningDialog } from './closed-shadow';
import { advanceClock } from '../harness/clock';
import { restoreHistory } from '../demo/setup';
import { WEEK_URL } from '../harness/stand-ins';
import {
  addCommitment,
  expect,
  launchExtension,
  notesBox,
  openEvent,
  openOutlookEvent,
  OUTLOOK_OLDER_WEEK_URL,
  panel,
  test,
  panelElement,
  showDemoWeek,
  pickPerson,
  serviceWorkerOf,
  alarmGoesOff,
} from './extension';

// Not an assertion of looks: pictures to look at (test-results/screenshots/, git-ignored),
// on a light system and (the `look dark` project) on a dark one. `npm run look` takes them.
const shot = (name: string) => `test-results/screenshots/${name}${test.info().project.name === 'look dark' ? '-dark' : ''}.png`;

test('screenshots of the panel beside the calendar', async ({ calendar }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await (
    await notesBox(calendar)
  ).fill('Energy: good.\nWants to lead the billing migration design.\nAsked for feedback on my review comments: too terse.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect((await panel(calendar)).getByRole('heading', { name: /Notes · Thu, 12 Mar/ })).toBeVisible();
  await (await panel(calendar)).getByRole('textbox', { name: 'A topic Sam wants to discuss' }).fill('Conference talk proposal');
  await (await panel(calendar)).getByRole('button', { name: 'Add topic' }).click();
  await (await panel(calendar)).getByRole('list', { name: 'Suggested questions' }).getByRole('checkbox').first().check();
  await (await notesBox(calendar)).fill('Follow-up on the migration design doc.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await calendar.screenshot({ path: shot('panel') });
  await (await panelElement(calendar)).screenshot({ path: shot('panel-only') });
});

test('screenshot of the options page', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Questions' })).toBeVisible();
  await options.locator('.bank-row').nth(1).getByRole('button', { name: /^Hide/ }).click();
  await options.screenshot({ path: shot('options') });
});

test('screenshots of the popup and the people page', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await addCommitment(calendar, 'Send Sam the promotion criteria', 'me', 'next');
  await addCommitment(calendar, 'Draft the billing design doc', 'them', 'next');
  await (await notesBox(calendar)).fill('Wants to grow towards a staff role.');
  await openEvent(calendar, 'Jordan 1:1');
  await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
  await (await panelElement(calendar)).screenshot({ path: shot('panel-commitments') });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('list', { name: 'Open commitments' })).toBeVisible();
  await popup.screenshot({ path: shot('popup') });
  const people = await context.newPage();
  await people.setViewportSize({ width: 1100, height: 760 });
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /Sam Rivera/);
  await people.screenshot({ path: shot('people') });
});

test('screenshot of the panel beside Outlook', async ({ calendar }) => {
  await calendar.goto(OUTLOOK_OLDER_WEEK_URL);
  await openOutlookEvent(calendar, 'Alex / Sam 1:1');
  await (await notesBox(calendar)).fill('Energy: good. Wants to own the Outlook rollout.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await calendar.screenshot({ path: shot('outlook-panel') });
});

test('screenshots of the delete warning, and the history after it', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await (await notesBox(calendar)).fill('Talked about the on-call load.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await calendar.locator('#xDetDlgDelBu').click();
  const warning = new WarningDialog(calendar);
  await warning.expectText('You last met');
  await calendar.screenshot({ path: shot('warning') });
  await warning.button('Delete anyway').click();
  await calendar.locator('.scope-dialog').getByLabel('All events').check();
  await calendar.locator('.scope-dialog').getByRole('button', { name: 'OK' }).click();
  await warning.expectText('End your regular 1:1s');
  await calendar.screenshot({ path: shot('warning-series') });
  await warning.reason().fill('Sam moves to the platform team');
  await warning.button('Delete anyway').click();
  const people = await context.newPage();
  await people.setViewportSize({ width: 1100, height: 760 });
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /Sam Rivera/);
  await expect(people.getByText(/series ended here/)).toBeVisible();
  await people.screenshot({ path: shot('people-cancelled') });
});

test('screenshot of the welcome page', async ({ context, extensionId }) => {
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 1000, height: 900 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
  await welcome.screenshot({ path: shot('welcome') });
});

test('screenshots of the side panel beside any tab, the popup’s now/next and start, and reminder settings', async ({
  calendar,
  context,
  extensionId,
}) => {
  // The demo's week on the default clock (Wednesday 10:30): Jordan's 1:1 is happening now.
  await showDemoWeek(context, calendar);
  const side = await context.newPage();
  await side.setViewportSize({ width: 380, height: 700 });
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(side.getByRole('heading', { level: 1 })).toHaveText('Jordan');
  await side.screenshot({ path: shot('side-panel-now') });
  await side.getByRole('button', { name: '← Today’s 1:1s' }).click();
  await expect(side.getByRole('heading', { name: 'Today’s 1:1s' })).toBeVisible();
  await side.screenshot({ path: shot('side-panel-today') });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByText('Start a 1:1 that is not on your calendar').click();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.screenshot({ path: shot('popup-start') });
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('region', { name: 'Reminders' }).screenshot({ path: shot('options-reminders') });
});

test.describe('the panel at 1024 × 700 with 0, 3 and 30 open commitments and a 10,000-character history', () => {
  test.use({ viewport: { width: 1024, height: 700 } });
  for (const open of [0, 3, 30]) {
    test(`${open} open commitments`, async ({ calendar }) => {
      await openEvent(calendar, 'Alex / Sam 1:1', 0);
      const history = Array.from(
        { length: 90 },
        (_, line) =>
          `${line % 10 === 0 ? '- [ ] ' : line % 3 === 0 ? '- ' : ''}Point ${line + 1}: **what we said** about the _migration_, and why.`,
      ).join('\n');
      await (await notesBox(calendar)).fill(history.slice(0, 10_000));
      await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
      for (let index = 1; index <= open; index++) await addCommitment(calendar, `Commitment number ${index}`, index % 2 ? 'me' : 'them');
      await openEvent(calendar, 'Alex / Sam 1:1', 1);
      await expect((await panel(calendar)).getByRole('heading', { name: /Notes · Thu, 12 Mar/ })).toBeVisible();
      await (await panelElement(calendar)).screenshot({ path: shot(`panel-${open}-open`) });
    });
  }
});

test('screenshots of the people page search and the options page sections', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await (await notesBox(calendar)).fill('Talked about the **Café** rollout:\n- [ ] Sam: send the rollout plan\n- [x] Me: book the room');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  const people = await context.newPage();
  await people.setViewportSize({ width: 1100, height: 600 });
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await people.getByRole('searchbox').fill('rollout');
  await people
    .getByRole('button', { name: /^Sam Rivera/ })
    .first()
    .click();
  await people.screenshot({ path: shot('people-search') });
  const options = await context.newPage();
  await options.setViewportSize({ width: 1024, height: 700 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Questions' }).click();
  await options.screenshot({ path: shot('options-sections') });
});

test('screenshots of automatic backups: the question, the status, a failure', async ({ extensionId, now, colorScheme }) => {
  const folder = mkdtempSync(join(tmpdir(), 'companion-downloads-'));
  const problems: string[] = [];
  const context = await launchExtension({ problems, now, colorScheme, downloadsDir: folder });
  try {
    const worker = await serviceWorkerOf(context);
    const calendar = await context.newPage();
    await calendar.goto(WEEK_URL);
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await (await notesBox(calendar)).fill('Wants to lead the design review.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    await addCommitment(calendar, 'Share the design doc', 'me');
    await alarmGoesOff(worker, 'auto-backup');
    await advanceClock(context, worker, 8 * 86_400_000);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const question = popup.getByRole('region', { name: 'Keep a copy of your notes automatically?' });
    await expect(question).toBeVisible();
    await expect(popup.getByRole('note')).toHaveCount(0);
    await popup.screenshot({ path: shot('popup-backup-question') });
    await question.getByRole('button', { name: 'Yes, every day' }).click();
    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('auto-backup-status')).toContainText('1 kept');
    await options.getByRole('heading', { name: 'Automatic backups' }).scrollIntoViewIfNeeded();
    await options.getByRole('region', { name: 'Your data' }).screenshot({ path: shot('options-backups') });
    rmSync(join(folder, '1on1-companion'), { recursive: true });
    writeFileSync(join(folder, '1on1-companion'), 'not a folder');
    await options.getByTestId('auto-backup-status').getByRole('button', { name: 'Back up now' }).click();
    await expect(options.getByTestId('auto-backup-status').getByRole('alert')).toBeVisible();
    await options.getByTestId('auto-backup-status').screenshot({ path: shot('options-backup-failed') });
    await popup.reload();
    await expect(popup.getByRole('note').getByRole('alert')).toBeVisible();
    await popup.screenshot({ path: shot('popup-backup-failed') });
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('screenshots of the rhythm: the team at a glance, a person’s year, the panel’s strip', async ({
  context,
  extensionId,
  now,
}, testInfo) => {
  await restoreHistory(context, extensionId, testInfo.outputPath('demo-backup.json'), now);
  const people = await context.newPage();
  await people.setViewportSize({ width: 1100, height: 760 });
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await expect(people.getByRole('region', { name: 'The team at a glance' }).getByRole('row')).toHaveCount(7);
  await people.screenshot({ path: shot('people-team') });
  await people.getByRole('button', { name: 'Sam Rivera' }).first().click();
  const timeline = people.getByRole('toolbar', { name: /Sam Rivera/ });
  await timeline.focus();
  await people.keyboard.press('ArrowLeft');
  await people.locator('.timeline').screenshot({ path: shot('people-timeline') });
  await people.screenshot({ path: shot('people-sam') });
  const calendar = context.pages()[0] ?? (await context.newPage());
  await showDemoWeek(context, calendar);
  await openEvent(calendar, 'Sam / Alex 1:1');
  await expect((await panel(calendar)).getByRole('toolbar', { name: /Sam Rivera/ })).toBeVisible();
  await (await panelElement(calendar)).screenshot({ path: shot('panel-rhythm') });
});
