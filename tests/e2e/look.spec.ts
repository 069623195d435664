import { expect, notesBox, openEvent, panel, test } from './extension';

// Not an assertion of looks: pictures to look at (tests/e2e/screenshots/, git-ignored).
test('screenshots of the panel beside the calendar', async ({ calendar }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await notesBox(calendar).fill(
    'Energy: good.\nWants to lead the billing migration design.\nAsked for feedback on my review comments: too terse.',
  );
  await expect(panel(calendar).getByTestId('save-state')).toHaveText('Saved');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect(panel(calendar).getByRole('heading', { name: /Notes · Thu 12 Mar/ })).toBeVisible();
  await panel(calendar).getByRole('textbox', { name: 'A topic Sam wants to discuss' }).fill('Conference talk proposal');
  await panel(calendar).getByRole('button', { name: 'Add topic' }).click();
  await panel(calendar).getByRole('list', { name: 'Suggested questions' }).getByRole('checkbox').first().check();
  await notesBox(calendar).fill('Follow-up on the migration design doc.');
  await expect(panel(calendar).getByTestId('save-state')).toHaveText('Saved');
  await calendar.screenshot({ path: 'tests/e2e/screenshots/panel.png' });
  await calendar.locator('one-on-one-companion iframe').screenshot({ path: 'tests/e2e/screenshots/panel-only.png' });
});

test('screenshot of the options page', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Questions' })).toBeVisible();
  await options.locator('.bank-row').nth(1).getByRole('button', { name: /^Hide/ }).click();
  await options.screenshot({ path: 'tests/e2e/screenshots/options.png' });
});
