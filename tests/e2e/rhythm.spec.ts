/**
 * Issue 23: the pictures on the people page, on the demo's history. The team at a glance is a
 * table whose rows say who needs attention first; each person's timeline shows a cancelled and
 * a moved 1:1 as such, announces the 1:1 under keyboard focus, and opens its notes.
 */
import { restoreHistory } from '../demo/setup';
import { expect, test } from './extension';

test('the team at a glance, and a person’s last twelve months, on the demo’s history', async ({ context, extensionId, now }, testInfo) => {
  await restoreHistory(context, extensionId, testInfo.outputPath('demo-backup.json'), now);
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);

  const team = people.getByRole('region', { name: 'The team at a glance' });
  const rows = team.getByRole('row');
  // A header row, then the six people of the demo.
  await expect(rows).toHaveCount(7);
  await expect(team.getByRole('columnheader')).toHaveText([
    'Person',
    'Since the last 1:1',
    'Cancelled (90 days)',
    'Feedback asked (12 months)',
    'You owe',
    'They owe',
  ]);
  // Priya's cancelled 1:1 five weeks ago is older than 90 days? No: it counts.
  const priya = rows.filter({ hasText: 'Priya Natarajan' });
  await expect(priya.getByRole('cell').nth(1)).toHaveText('1');
  // Sorted by who needs attention first: nobody overdue is above someone overdue.
  const overdue = await rows.evaluateAll((all) => all.slice(1).map((row) => row.classList.contains('overdue')));
  expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));

  // Priya: the cancelled 1:1 is a cross, with its reason.
  await priya.getByRole('button', { name: 'Priya Natarajan' }).click();
  const timeline = people.getByRole('toolbar', { name: '1:1s with Priya Natarajan in the last 12 months' });
  await expect(timeline).toBeVisible();
  const cancelled = timeline.getByRole('button', { name: /cancelled · Release day: everyone on the launch/ });
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled.locator('.mark-cancelled')).toHaveCount(1);

  // Sam: the moved 1:1 is drawn hollow, from where it was.
  await people.getByRole('button', { name: 'The team at a glance' }).click();
  await team.getByRole('button', { name: 'Sam Rivera' }).click();
  const sam = people.getByRole('toolbar', { name: '1:1s with Sam Rivera in the last 12 months' });
  const moved = sam.getByRole('button', { name: /moved from/ });
  await expect(moved).toHaveCount(1);
  await expect(moved.locator('.mark-moved')).toHaveCount(1);
  await expect(moved.locator('.moved-from')).toHaveCount(1);

  // Keyboard: one stop; arrows move, and the 1:1 under focus is announced.
  await sam.focus();
  await people.keyboard.press('End');
  const announced = people.locator('.timeline-current');
  const active = async () => sam.locator(`[id="${await sam.getAttribute('aria-activedescendant')}"]`).getAttribute('aria-label');
  await expect(announced).toHaveText((await active()) ?? 'no mark is active');
  await people.keyboard.press('ArrowLeft');
  await expect(announced).toHaveText((await active()) ?? 'no mark is active');
  await expect(announced).toContainText(/held|moved/);
  // Enter opens that 1:1's notes in the history below.
  await people.keyboard.press('Enter');
  const opened = await people.evaluate(() => document.activeElement?.id ?? '');
  expect(opened).toMatch(/^meeting-/);
  await expect(people.locator(`[id="${opened}"]`)).toBeInViewport();

  // The same facts as a table.
  await sam.locator('xpath=..').getByText('The same as a table').click();
  await expect(sam.locator('xpath=..').getByRole('table')).toContainText('moved from');
  // The cadence the user set, as a reference: when the near future and the horizon are due.
  await expect(sam.locator('xpath=..')).toContainText(/The Horizon due around .* \(every 6 weeks, your cadence\)/);
  await expect(sam.locator('.focus-due')).not.toHaveCount(0);
});
