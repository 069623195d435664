import type { Page } from '@playwright/test';
import { dockOn } from './closed-shadow';
import { expectDock, expect, openEvent, panel, test } from './extension';

async function box(page: Page, selector: string) {
  // Inside the dock's closed shadow root: through DevTools (tests/e2e/closed-shadow.ts).
  if (selector.startsWith('one-on-one-companion ')) return dockOn(page).locate(selector.slice('one-on-one-companion '.length)).box();
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

test.describe('the dock and the calendar share the screen', () => {
  test('the calendar reflows to the left of the dock: nothing of it is hidden underneath', async ({ calendar }) => {
    const before = await box(calendar, '.side-strip');
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    const dockBox = await box(calendar, 'one-on-one-companion .dock');
    expect(dockBox.x + dockBox.width).toBeCloseTo(1440, 0);
    await expect.poll(async () => (await box(calendar, '.side-strip')).x).toBeLessThan(before.x);
    const strip = await box(calendar, '.side-strip');
    expect(strip.x + strip.width).toBeLessThanOrEqual(dockBox.x + 1);
    const popover = await box(calendar, '[data-chips-dialog]');
    expect(popover.x + popover.width).toBeLessThanOrEqual(dockBox.x + 1);
    // Every control of the calendar can still be clicked.
    await calendar.getByRole('button', { name: 'Contacts' }).click();
  });

  test('gives the room back when it closes', async ({ calendar }) => {
    const before = await box(calendar, '.side-strip');
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    await dockOn(calendar).getByRole('button', { name: 'Close 1:1 notes' }).click();
    await expectDock(calendar, 'hidden');
    await expect.poll(async () => (await box(calendar, '.side-strip')).x).toBe(before.x);
    // Opening another 1:1 brings it back.
    await openEvent(calendar, '1:1 Alex / Priya');
    await expectDock(calendar, 'shown');
  });

  test('collapses and remembers it, with the width, across a reload', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    const handle = dockOn(calendar).getByRole('separator', { name: 'Resize 1:1 notes' });
    await handle.focus();
    await calendar.keyboard.press('ArrowLeft');
    await calendar.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await box(calendar, 'one-on-one-companion .dock')).width).toBe(380 + 48);
    await dockOn(calendar).getByRole('button', { name: 'Collapse 1:1 notes' }).click();
    await expect.poll(async () => (await box(calendar, 'one-on-one-companion .dock')).width).toBeLessThan(60);

    await calendar.reload();
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    await expect.poll(async () => (await box(calendar, 'one-on-one-companion .dock')).width).toBeLessThan(60);
    await dockOn(calendar).getByRole('button', { name: '1:1 notes' }).click();
    await expect.poll(async () => (await box(calendar, 'one-on-one-companion .dock')).width).toBe(428);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  });

  test('resizes by dragging its edge', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1');
    await expectDock(calendar, 'shown');
    const handle = await box(calendar, 'one-on-one-companion .handle');
    await calendar.mouse.move(handle.x + handle.width / 2, 300);
    await calendar.mouse.down();
    await calendar.mouse.move(1440 - 520, 300, { steps: 5 });
    await calendar.mouse.up();
    await expect.poll(async () => Math.round((await box(calendar, 'one-on-one-companion .dock')).width)).toBe(520);
  });
});

test.describe('the user decides what is a 1:1', () => {
  test('"Not a 1:1" hides the panel for the series, and it stays hidden after a reload', async ({ calendar }) => {
    await openEvent(calendar, 'Jordan 1:1');
    await (await panel(calendar)).getByRole('button', { name: 'Not a 1:1' }).click();
    await expectDock(calendar, 'hidden');
    await calendar.reload();
    await openEvent(calendar, 'Jordan 1:1');
    await calendar.waitForTimeout(300);
    await expectDock(calendar, 'hidden');
    // …and the choice can be taken back from the same place.
    await dockOn(calendar).getByRole('button', { name: 'Open 1:1 notes for this event' }).click();
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Jordan Ellis');
  });

  test('a small meeting that was not recognised can be opened as a 1:1', async ({ calendar }) => {
    await openEvent(calendar, 'Pairing session');
    await calendar.waitForTimeout(300);
    await expectDock(calendar, 'hidden');
    await dockOn(calendar).getByRole('button', { name: 'Open 1:1 notes for this event' }).click();
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await calendar.reload();
    await openEvent(calendar, 'Pairing session');
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
  });
});
