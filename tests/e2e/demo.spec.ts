/**
 * `npm run demo` sets itself up the way this test does: keep it working. The
 * demo's week moves with "now", so every expectation here is computed from the
 * test's clock; the clock sweep (playwright.config.ts) runs it at the instants
 * of tests/harness/clock.ts.
 */
import { DEMO_WEEK_URL } from '../harness/stand-ins';
import { restoreHistory, serveDemo, tellWhoYouAre } from '../demo/setup';
import { demoSeries } from '../demo/demo-data';
import { expect, panel, test } from './extension';

test.describe('the offline demo', () => {
  test.use({ keepWelcome: true });

  test('sets up from the welcome page and a backup, and shows a week of 1:1s with history', async ({
    context,
    extensionId,
    welcomePage,
    now,
  }, testInfo) => {
    await serveDemo(context);
    await tellWhoYouAre(welcomePage);
    await restoreHistory(context, extensionId, testInfo.outputPath('demo-backup.json'), now);
    await welcomePage.goto(DEMO_WEEK_URL);
    // A working week with standups, 1:1s, an interview and team meetings.
    await expect(welcomePage.locator('[data-eventchip]')).toHaveCount(16);
    for (const [title, person] of [
      ['Sam / Alex 1:1', 'Sam Rivera'],
      ['Mentoring: Chen', 'Chen Wei'],
    ] as const) {
      // This week's 1:1, only opened, is not one held (nothing happened in it yet: issue 21.3).
      const held = demoSeries(person, now).heldBefore;
      await welcomePage.locator('[data-eventchip]', { hasText: title }).click();
      await expect((await panel(welcomePage)).getByRole('heading', { level: 1 })).toHaveText(person);
      await expect((await panel(welcomePage)).getByTestId('gap')).toContainText(`${held} held`);
    }
    // The popup has the demo's open commitments, overdue first.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').first()).toContainText(
      'Share the staff engineer expectations doc',
    );
  });
});
