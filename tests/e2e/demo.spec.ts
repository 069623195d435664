/** `npm run demo` sets itself up the way this test does: keep it working. */
import { DEMO_WEEK_URL } from '../harness/stand-ins';
import { restoreHistory, serveDemo, tellWhoYouAre } from '../demo/setup';
import { expect, panel, test } from './extension';

test.describe('the offline demo', () => {
  test.use({ keepWelcome: true });

  test('sets up from the welcome page and a backup, and shows a week of 1:1s with history', async ({
    context,
    extensionId,
    welcomePage,
  }, testInfo) => {
    await serveDemo(context);
    await tellWhoYouAre(welcomePage);
    await restoreHistory(context, extensionId, testInfo.outputPath('demo-backup.json'));
    await welcomePage.goto(DEMO_WEEK_URL);
    // A working week with standups, 1:1s, an interview and team meetings.
    await expect(welcomePage.locator('[data-eventchip]')).toHaveCount(16);
    for (const [title, person, held] of [
      ['Sam / Alex 1:1', 'Sam Rivera', '12 held'],
      ['Mentoring: Chen', 'Chen Wei', '4 held'],
    ] as const) {
      await welcomePage.locator('[data-eventchip]', { hasText: title }).click();
      await expect(panel(welcomePage).getByRole('heading', { level: 1 })).toHaveText(person);
      await expect(panel(welcomePage).getByText(held)).toBeVisible();
    }
    // The popup has the demo's open commitments, overdue first.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').first()).toContainText(
      'Share the staff engineer expectations doc',
    );
  });
});
