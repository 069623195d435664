import { expect, openEvent, panel, test } from './extension';

// Not an assertion of looks: a picture to look at (tests/e2e/screenshots/, git-ignored).
test('screenshot of the panel beside the calendar', async ({ calendar }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await panel(calendar)
    .getByRole('textbox')
    .fill('Energy: good.\nWants to lead the billing migration design.\nAsked for feedback on my review comments — too terse.');
  await expect(panel(calendar).getByTestId('save-state')).toHaveText('Saved');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect(panel(calendar).getByRole('heading', { name: /Notes · Thu 12 Mar/ })).toBeVisible();
  await panel(calendar).getByRole('textbox').fill('Follow-up on the migration design doc.');
  await expect(panel(calendar).getByTestId('save-state')).toHaveText('Saved');
  await calendar.screenshot({ path: 'tests/e2e/screenshots/panel.png' });
});
