/**
 * Every page by keyboard alone: Tab reaches every control in order, and each one
 * shows where the focus is (an outline or a ring), on a light and a dark system.
 */
import type { Page } from '@playwright/test';
import { dockOn } from './closed-shadow';
import { expect, notesBox, openEvent, panel, test, dockedPanelUrl } from './extension';

/** Tabs through the page (at most `limit` stops) and returns what had focus without a visible mark. */
async function tabThrough(page: Page, limit = 60): Promise<{ stops: number; unmarked: string[] }> {
  await page.bringToFront();
  await page.locator('body').focus();
  const seen = new Set<string>();
  const unmarked: string[] = [];
  for (let stop = 0; stop < limit; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
      }
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName;
      return { key: path.join('>'), label: `${element.tagName.toLowerCase()} “${label}”`, marked };
    });
    if (!focused) continue;
    if (seen.has(focused.key)) break; // Around once: done.
    seen.add(focused.key);
    if (!focused.marked) unmarked.push(focused.label);
  }
  return { stops: seen.size, unmarked };
}

test.describe('keyboard alone, with a visible focus', () => {
  test('the panel, the popup, the people page, the options page and the welcome page', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await (await notesBox(calendar)).fill('Talked about the migration.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    const src = await dockedPanelUrl(calendar);
    const pages: [string, string, number][] = [
      ['panel', src ?? '', 15],
      ['popup', `chrome-extension://${extensionId}/popup.html`, 3],
      ['people', `chrome-extension://${extensionId}/people.html`, 2],
      ['options', `chrome-extension://${extensionId}/options.html`, 20],
      ['welcome', `chrome-extension://${extensionId}/welcome.html`, 4],
    ];
    for (const [name, url, atLeast] of pages) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const { stops, unmarked } = await tabThrough(page);
      expect(stops, `${name}: controls reached by Tab`).toBeGreaterThanOrEqual(atLeast);
      expect(unmarked, `${name}: focus without a visible mark`).toEqual([]);
      await page.close();
    }
  });

  test('the dock on the calendar page', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    const dock = dockOn(calendar);
    for (const name of ['Resize 1:1 notes', 'Collapse 1:1 notes', 'Close 1:1 notes']) {
      const control = dock.getByRole(name.startsWith('Resize') ? 'separator' : 'button', { name });
      await control.focus();
      await calendar.keyboard.press('Shift+Tab');
      await calendar.keyboard.press('Tab');
      const marked = await control.evaluate<boolean>(`function () {
        const style = getComputedStyle(this);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
      }`);
      expect(marked, name).toBe(true);
    }
    // Resizing by keyboard: the arrow keys on the handle.
    const handle = dock.getByRole('separator', { name: 'Resize 1:1 notes' });
    const valueNow = () => handle.evaluate<string | null>("function () { return this.getAttribute('aria-valuenow'); }");
    const before = Number(await valueNow());
    await handle.focus();
    await calendar.keyboard.press('ArrowLeft');
    await expect.poll(valueNow).toBe(String(before + 24));
  });
});
