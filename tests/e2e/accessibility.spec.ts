/**
 * axe-core on every page the user sees, in the light and the dark project
 * (playwright.config.ts): no serious or critical violation. The pages carry
 * what a user would have on them: a person with notes, commitments, a call.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { openCopyForAxe, ShadowHost, WarningDialog } from './closed-shadow';
import { expectNoSeriousViolations } from './axe';
import { addCommitment, expect, notesBox, openEvent, panel, test, WEEK_URL, dockedPanelUrl, pickPerson } from './extension';

/** A person with history: two 1:1s with notes, a commitment each way, a topic. */
async function personWithHistory(calendar: Page): Promise<void> {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await (await notesBox(calendar)).fill('Energy: good.\nWants to lead the billing migration design.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await addCommitment(calendar, 'Send Sam the promotion criteria', 'me');
  await addCommitment(calendar, 'Draft the billing design doc', 'them');
  await (await panel(calendar)).getByRole('textbox', { name: 'A topic Sam wants to discuss' }).fill('Conference talk proposal');
  await (await panel(calendar)).getByRole('button', { name: 'Add topic' }).click();
  await (await notesBox(calendar)).fill('Follow-up on the design doc.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
}

async function extensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

test.describe('accessibility (axe-core: no serious or critical violation)', () => {
  test('the panel beside the calendar, its dock and the delete warning', async ({ calendar, context }) => {
    await personWithHistory(calendar);
    // The panel as its own document (the iframe's page, with the same 1:1 in its hash).
    const src = await dockedPanelUrl(calendar);
    expect(src).toContain('/panel.html#');
    const panelPage = await context.newPage();
    await panelPage.goto(src ?? '');
    await expect(panelPage.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expectNoSeriousViolations(panelPage);
    // Issue 21's layout in full: folded counts, a checkbox line offered as a commitment, the notes' preview.
    await panelPage.getByRole('textbox', { name: /^Notes/ }).fill('Follow-up: **design doc**\n- [ ] Sam: send the draft');
    await expect(panelPage.getByTestId('save-state')).toHaveText('Saved');
    await expect(panelPage.getByRole('group', { name: 'Checkbox lines in your notes' })).toBeVisible();
    await panelPage
      .getByRole('region', { name: /^Notes ·/ })
      .getByRole('button', { name: 'Preview' })
      .click();
    await expectNoSeriousViolations(panelPage);
    // The dock's own controls on the calendar page (an open copy of its closed shadow root).
    const dockCopy = await openCopyForAxe(calendar, 'one-on-one-companion');
    await expectNoSeriousViolations(calendar, { fromShadowDom: [dockCopy.selector, '.bar'] });
    await dockCopy.remove();
    await calendar.locator('#xDetDlgDelBu').click();
    const warning = new WarningDialog(calendar);
    await warning.expectText('You last met');
    const warningCopy = await openCopyForAxe(calendar, 'one-on-one-companion-warning');
    await expectNoSeriousViolations(calendar, { fromShadowDom: [warningCopy.selector, '.dialog'] });
    await warningCopy.remove();
    await warning.button('Keep it').click();
  });

  test('the popup, the people page and the options page', async ({ calendar, context, extensionId }) => {
    await personWithHistory(calendar);
    const popup = await extensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByRole('list', { name: 'Open commitments' })).toBeVisible();
    await expectNoSeriousViolations(popup);
    const people = await extensionPage(context, extensionId, 'people.html');
    // The team at a glance first (issue 23), then a person with their timeline.
    await expect(people.getByRole('region', { name: 'The team at a glance' }).getByRole('row')).not.toHaveCount(0);
    await expectNoSeriousViolations(people);
    await pickPerson(people, /Sam Rivera/);
    await expect(people.getByRole('heading', { name: 'Sam Rivera' })).toBeVisible();
    await expect(people.getByRole('toolbar', { name: /Sam Rivera/ })).toBeVisible();
    await people.getByText('The same as a table').click();
    await expectNoSeriousViolations(people);
    await people.getByRole('searchbox').fill('design');
    await expect(people.locator('.snippet mark').first()).toBeVisible();
    await expectNoSeriousViolations(people);
    const options = await extensionPage(context, extensionId, 'options.html');
    await expect(options.getByRole('heading', { name: 'Questions' })).toBeVisible();
    await expect(options.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expectNoSeriousViolations(options);
    // The side panel on a tab with no call: today's 1:1s and "Start a 1:1 with …".
    const side = await extensionPage(context, extensionId, 'sidepanel.html');
    await expect(side.getByRole('combobox', { name: 'Start a 1:1 with' })).toBeVisible();
    await expectNoSeriousViolations(side);
  });

  test('the side panel during a call', async ({ calendar, context, extensionId }) => {
    await personWithHistory(calendar);
    await context.route('https://meet.google.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"><title>Meet - sam-week-lyo</title></head><body>
          <div data-participant-id="self" data-self-name="Alex Kim"><span>Alex Kim</span></div>
          <div data-participant-id="p0" aria-label="Sam Rivera"><span>Sam Rivera</span></div>
          <i class="google-symbols">call_end</i></body></html>`,
      }),
    );
    const meet = await context.newPage();
    await meet.goto('https://meet.google.com/sam-week-lyo');
    await expect
      .poll(() => new ShadowHost(meet, 'one-on-one-companion-call').getByRole('button', { name: '1:1 notes' }).isShown())
      .toBe(true);
    const side = await extensionPage(context, extensionId, 'sidepanel.html');
    await expect(side.getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expectNoSeriousViolations(side);
  });

  test('the welcome page', async ({ context, extensionId }) => {
    const welcome = await extensionPage(context, extensionId, 'welcome.html');
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to 1:1 Companion');
    await expectNoSeriousViolations(welcome);
  });
});

test.describe('the calendar page’s own dark theme', () => {
  test('the dock, the panel and the warning follow it, whatever the system says', async ({ calendar }) => {
    await calendar.goto(`${WEEK_URL}?theme=dark`);
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { level: 1 })).toHaveText('Sam Rivera');
    await expect(calendar.locator('one-on-one-companion')).toHaveClass('dark');
    await expect((await panel(calendar)).locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await (await panel(calendar)).locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(32, 33, 36)');
    await calendar.locator('#xDetDlgDelBu').click();
    await expect(calendar.locator('one-on-one-companion-warning')).toHaveClass('dark');
    const warningCopy = await openCopyForAxe(calendar, 'one-on-one-companion-warning');
    await expectNoSeriousViolations(calendar, { fromShadowDom: [warningCopy.selector, '.dialog'] });
    await warningCopy.remove();
    await calendar.screenshot({ path: `test-results/screenshots/warning-on-dark-calendar-${test.info().project.name}-system.png` });
    await calendar.keyboard.press('Escape');
    // And back: a light calendar page gives a light panel, even on a dark system.
    await calendar.goto(WEEK_URL);
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect(calendar.locator('one-on-one-companion')).toHaveClass('light');
    await expect((await panel(calendar)).locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
