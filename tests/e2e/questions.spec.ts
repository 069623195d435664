import type { Page } from '@playwright/test';
import { expect, notesBox, openEvent, panel, test } from './extension';

const questions = async (page: Page) => (await panel(page)).getByRole('list', { name: 'Suggested questions' }).getByRole('listitem');
const ids = async (page: Page) =>
  (await questions(page)).evaluateAll((items) => items.map((item) => item.getAttribute('data-question-id')));

test.describe('focus and questions in the panel', () => {
  test('a first 1:1 shows the present, first-meeting questions, and a wrap-up last', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await expect((await panel(calendar)).getByRole('combobox', { name: 'Focus of this 1:1' })).toHaveValue('present');
    await expect((await panel(calendar)).getByTestId('focus-reason')).toContainText('first conversation');
    await expect(await questions(calendar)).toHaveCount(5);
    const kinds = await (await questions(calendar)).evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(kinds).toEqual(['first-meeting', 'first-meeting', 'first-meeting', 'first-meeting', 'wrap-up']);
  });

  test('ticking a question records it, and the next 1:1 does not repeat it', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await expect(await questions(calendar)).toHaveCount(5);
    const wrapUp = (await questions(calendar)).last();
    const askedId = await wrapUp.getAttribute('data-question-id');
    await expect((await panel(calendar)).getByTestId('feedback-state')).toContainText('Before you finish');
    await wrapUp.getByRole('checkbox').check();
    await expect((await panel(calendar)).getByTestId('feedback-state')).toHaveText('You asked for feedback on yourself today.');
    const firstAsked = await (await questions(calendar)).first().getAttribute('data-question-id');
    await (await questions(calendar)).first().getByRole('checkbox').check();

    // The same meeting after a reload: same questions, still ticked.
    const before = await ids(calendar);
    await calendar.reload();
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await expect(await questions(calendar)).toHaveCount(5);
    expect(await ids(calendar)).toEqual(before);
    await expect((await questions(calendar)).last().getByRole('checkbox')).toBeChecked();

    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('heading', { name: /Notes · Thu, 12 Mar/ })).toBeVisible();
    await expect(await questions(calendar)).toHaveCount(5);
    const next = await ids(calendar);
    expect(next).not.toContain(askedId);
    expect(next).not.toContain(firstAsked);
    // The second 1:1 is in the present, no longer a first meeting.
    const foci = await (
      await questions(calendar)
    ).evaluateAll((items) => items.slice(0, -1).map((item) => item.getAttribute('data-focus')));
    expect(foci.every((focus) => focus === 'present')).toBe(true);
  });

  test('the user can change the focus, and the questions follow', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect(await questions(calendar)).toHaveCount(5);
    await (await panel(calendar)).getByRole('combobox', { name: 'Focus of this 1:1' }).selectOption('horizon');
    await expect((await panel(calendar)).getByTestId('focus-reason')).toContainText('You chose this focus');
    await expect
      .poll(async () =>
        (await questions(calendar)).evaluateAll((items) => items.slice(0, -1).map((item) => item.getAttribute('data-focus'))),
      )
      .toEqual(['horizon', 'horizon', 'horizon', 'horizon']);
  });

  test('a question can be swapped for another', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect(await questions(calendar)).toHaveCount(5);
    const first = await (await questions(calendar)).first().getAttribute('data-question-id');
    const text = await (await questions(calendar)).first().locator('label span').innerText();
    await (await panel(calendar)).getByRole('button', { name: `Another question instead of: ${text}` }).click();
    await expect((await questions(calendar)).first()).not.toHaveAttribute('data-question-id', first ?? '');
    await expect(await questions(calendar)).toHaveCount(5);
  });

  test('their topics come first and stay', async ({ calendar }) => {
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByText('The agenda is theirs')).toBeVisible();
    const input = (await panel(calendar)).getByRole('textbox', { name: 'A topic Priya wants to discuss' });
    await input.fill('Promotion timeline');
    await input.press('Enter');
    await expect((await panel(calendar)).getByRole('checkbox', { name: 'Promotion timeline' })).toBeVisible();
    await calendar.reload();
    await openEvent(calendar, '1:1 Alex / Priya');
    await expect((await panel(calendar)).getByRole('checkbox', { name: 'Promotion timeline' })).toBeVisible();
  });

  test('difficult-conversation prep is kept, and its follow-up shows at the next 1:1', async ({ calendar }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await (await panel(calendar)).getByText('Prepare a difficult conversation').click();
    await (await panel(calendar)).getByRole('textbox', { name: 'The specific example' }).fill('Tuesday standup: talked over Priya twice');
    await (
      await panel(calendar)
    )
      .getByRole('textbox', { name: 'The behaviour, not the character' })
      .fill('Interrupting; Priya stopped sharing');
    await (await panel(calendar)).getByLabel('Follow up by').fill('2026-03-19');
    await (await notesBox(calendar)).click();
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect((await panel(calendar)).getByRole('note', { name: 'Follow-up reminder' })).toContainText(
      'Tuesday standup: talked over Priya twice',
    );
    await expect((await panel(calendar)).getByRole('note', { name: 'Follow-up reminder' })).toContainText('Thu, 19 Mar 2026');
    await expect((await questions(calendar)).first()).toHaveAttribute('data-kind', 'difficult-follow-up');
  });
});

test.describe('the options page', () => {
  test('edits, hides and restores a built-in question, and the panel follows', async ({ calendar, context, extensionId }) => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await expect(await questions(calendar)).toHaveCount(5);
    const target = (await questions(calendar)).first();
    const id = await target.getAttribute('data-question-id');
    const original = await target.locator('label span').innerText();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const row = options.locator(`[data-question-id="${id}"]`);
    await row.getByRole('button', { name: `Edit: ${original}` }).click();
    await row.getByRole('textbox', { name: 'Question text' }).fill('How are you, really?');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(row).toContainText('edited');
    await expect((await questions(calendar)).first().locator('label span')).toHaveText('How are you, really?');

    await row.getByRole('button', { name: 'Restore the built-in text of: How are you, really?' }).click();
    await expect((await questions(calendar)).first().locator('label span')).toHaveText(original);

    await row.getByRole('button', { name: `Hide: ${original}` }).click();
    await expect(row).toContainText('hidden');
    await row.getByRole('button', { name: `Show: ${original}` }).click();
    await expect(row).not.toContainText('hidden');
  });

  test("adds the user's own question, refuses an empty one, and saves the cadence", async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Add question' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Write the question first.' })).toBeVisible();
    await options.getByRole('textbox', { name: 'New question' }).fill('Are you happy?');
    await expect(options.getByText(/yes\/no question/)).toBeVisible();
    await options.getByRole('textbox', { name: 'New question' }).fill('What made you laugh this week?');
    await options.getByRole('button', { name: 'Add question' }).click();
    await expect(options.locator('.bank-row', { hasText: 'What made you laugh this week?' })).toContainText('yours');

    await options.getByRole('spinbutton').first().fill('0');
    await options.getByRole('button', { name: 'Save cadence' }).click();
    await expect(options.getByText(/Weeks must be whole numbers/)).toBeVisible();
    await options.getByRole('spinbutton').first().fill('3');
    await options.getByRole('button', { name: 'Save cadence' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await options.reload();
    await expect(options.getByRole('spinbutton').first()).toHaveValue('3');
  });
});
