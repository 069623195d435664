import type { BrowserContext, Page } from '@playwright/test';
import { expect, notesBox, openEvent, panel, test, pickPerson, serviceWorkerOf } from './extension';

const commitments = async (page: Page) => (await panel(page)).getByRole('region', { name: 'Commitments' });

async function addCommitment(page: Page, text: string, options: { owner?: 'me' | 'them'; date?: string } = {}) {
  const section = await commitments(page);
  await section.getByRole('textbox', { name: 'New commitment' }).fill(text);
  if (options.owner) await section.getByRole('combobox', { name: 'Whose commitment' }).selectOption(options.owner);
  if (options.date) {
    await section.getByRole('combobox', { name: 'Due' }).selectOption('date');
    await section.getByLabel('Due date').fill(options.date);
  }
  await section.getByRole('button', { name: 'Add commitment' }).click();
  await expect(section.getByRole('checkbox', { name: text })).toBeVisible();
}

type WithSession = {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, { commitments?: { text: string }[] }>> } } };
};

async function badge(context: BrowserContext, extensionId: string): Promise<string> {
  const page =
    context.pages().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.newPage());
  if (!page.url().startsWith('chrome-extension://')) await page.goto(`chrome-extension://${extensionId}/popup.html`);
  type WithChrome = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
  return page.evaluate(() => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({}));
}

test.describe('commitments', () => {
  test('the popup draws the background’s snapshot first, and a tick made while live data takes over is kept, every time', async ({
    calendar,
    context,
    extensionId,
  }) => {
    // One commitment per try: a ticked one is no longer open, so the next popup does not list it.
    const tries = 12;
    const texts = Array.from({ length: tries }, (_, index) => `Book course ${String.fromCharCode(65 + index)}`);
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    for (const text of texts) await addCommitment(calendar, text);
    // The background's snapshot holds every one of them before the first popup opens: its first paint draws them.
    const worker = await serviceWorkerOf(context);
    const stored = () =>
      worker.evaluate(() =>
        (globalThis as unknown as WithSession).chrome.storage.session
          .get('popupSnapshot')
          .then((stored) => stored.popupSnapshot?.commitments?.map((commitment) => commitment.text) ?? []),
      );
    await expect.poll(stored).toEqual(expect.arrayContaining(texts));
    for (const [index, text] of texts.entries()) {
      const popup = await context.newPage();
      // The tick lands at the first paint (the snapshot) plus 0–88 ms: across the swap to live data, whenever that comes.
      await popup.addInitScript(
        ([text, delay]) => {
          // The box on screen at that moment, as a user's click would find it.
          const box = () =>
            [...document.querySelectorAll('.commitment')]
              .find((element) => element.textContent?.includes(text))
              ?.querySelector<HTMLInputElement>('input[type="checkbox"]');
          const observer = new MutationObserver(() => {
            if (!box()) return;
            observer.disconnect();
            setTimeout(() => box()?.click(), delay);
          });
          observer.observe(document, { childList: true, subtree: true });
        },
        [text, index * 8] as const,
      );
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      // Saved (the panel on the calendar follows the database), and shown ticked in the popup.
      await expect((await commitments(calendar)).getByRole('checkbox', { name: text })).toBeChecked();
      await expect(popup.getByRole('list', { name: 'Open commitments' }).getByRole('checkbox', { name: text })).toBeChecked();
      await popup.close();
    }
  });

  test('added in the panel, seen in the popup, completed there: the panel follows and the badge counts', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await addCommitment(calendar, 'Send Sam the promotion criteria', { date: '2026-03-10' });
    await addCommitment(calendar, 'Draft the design doc', { owner: 'them' });

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const list = popup.getByRole('list', { name: 'Open commitments' });
    await expect(list.getByRole('checkbox')).toHaveCount(2);
    // Overdue first.
    await expect(list.locator('.commitment').first()).toContainText('Send Sam the promotion criteria');
    await expect(list.locator('.commitment').first()).toContainText(/overdue by \d+ days/);
    await expect.poll(() => badge(context, extensionId)).toBe('1');

    await popup.getByRole('button', { name: 'Theirs' }).click();
    await expect(list.getByRole('checkbox')).toHaveCount(1);
    await popup.getByRole('button', { name: 'Everyone' }).click();

    await list.getByRole('checkbox', { name: 'Send Sam the promotion criteria' }).check();
    await expect((await commitments(calendar)).getByRole('checkbox', { name: 'Send Sam the promotion criteria' })).toBeChecked();
    await expect.poll(() => badge(context, extensionId)).toBe('');
    // A ticked one stays in the list, done, so a slip can be undone; the next opening lists it no more.
    await expect(list.getByRole('checkbox', { name: 'Send Sam the promotion criteria' })).toBeChecked();
    await popup.reload();
    await expect(list.getByRole('checkbox')).toHaveCount(1);
  });

  test('open commitments from earlier 1:1s come first, with their age', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await addCommitment(calendar, 'Book the architecture course', { owner: 'them' });
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    const earlier = (await commitments(calendar)).getByRole('list', { name: 'Open from earlier 1:1s' });
    await expect(earlier).toContainText('Book the architecture course');
    await expect(earlier).toContainText('Sam promised today');
  });

  test('a commitment can be edited, reopened, and deleted with undo', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await addCommitment(calendar, 'Intro Priya to the data team');
    const section = await commitments(calendar);
    await section.getByRole('button', { name: 'Edit: Intro Priya to the data team' }).click();
    await section.getByRole('textbox', { name: 'Commitment text' }).fill('Intro Priya to the data platform team');
    await section.getByLabel('Due date (empty for none)').fill('2026-03-20');
    await section.getByRole('button', { name: 'Save' }).click();
    const box = section.getByRole('checkbox', { name: 'Intro Priya to the data platform team' });
    await expect(section.locator('.commitment', { hasText: 'Intro Priya to the data platform team' })).toContainText('overdue');
    await box.check();
    await box.uncheck();
    await section.getByRole('button', { name: 'Delete: Intro Priya to the data platform team' }).click();
    await expect(box).toHaveCount(0);
    await section.getByRole('button', { name: 'Undo' }).click();
    await expect(box).toBeVisible();
  });

  test('a commitment without text gets a clear message and nothing is added', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await (await commitments(calendar)).getByRole('button', { name: 'Add commitment' }).click();
    await expect((await commitments(calendar)).getByRole('alert')).toHaveText('Write what was promised.');
    await expect((await commitments(calendar)).getByRole('checkbox')).toHaveCount(0);
  });
});

test.describe('the recap', () => {
  test('holds the shared notes and commitments, never the private notes', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await (await notesBox(calendar)).fill('PRIVATE: seems close to burnout.');
    await (await panel(calendar)).getByRole('textbox', { name: 'Shared notes' }).fill('Sam leads the billing design review.');
    await expect((await panel(calendar)).getByTestId('shared-save-state')).toHaveText('Saved');
    await addCommitment(calendar, 'Share the promotion criteria');
    const email = (await panel(calendar)).getByRole('link', { name: /Email recap/ });
    const href = decodeURIComponent((await email.getAttribute('href')) ?? '');
    expect(href).toMatch(/^mailto:sam\.rivera@northwind\.example\?subject=Our 1:1 on Thu, 12 Mar 2026/);
    expect(href).toContain('Sam leads the billing design review.');
    expect(href).toContain('- Share the promotion criteria');
    expect(href).not.toContain('burnout');
  });
});

test.describe('the toolbar popup and the people page', () => {
  test('a new user sees how to start', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByText(/Open a 1:1 in Google Calendar/)).toBeVisible();
  });

  test('what a person wants from 1:1s is edited on the people page and shown in the panel; search finds notes', async ({
    calendar,
    context,
    extensionId,
  }) => {
    await openEvent(calendar, 'Jordan 1:1');
    await (await notesBox(calendar)).fill('Jordan is thinking about the platform guild.');
    await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
    const people = await context.newPage();
    await people.goto(`chrome-extension://${extensionId}/people.html`);
    await pickPerson(people, /Jordan Ellis/);
    await people.getByRole('checkbox', { name: 'career' }).check();
    await people.getByRole('checkbox', { name: 'coaching' }).check();
    await expect((await panel(calendar)).getByText('Wants from 1:1s: coaching, career')).toBeVisible();

    await people.getByRole('searchbox', { name: 'Search all notes and commitments' }).fill('platform guild');
    await expect(people.getByRole('list', { name: 'Search results' })).toContainText('Jordan is thinking about the platform guild.');
    await expect(people.getByRole('region', { name: 'Person' })).toContainText('Jordan is thinking about the platform guild.');
  });
});
