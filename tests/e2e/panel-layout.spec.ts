/**
 * Issue 21.1: in a live 1:1 the manager types at once. With ten open commitments, on a
 * 1024 × 700 window: today's notes are in view when the panel opens, one Tab (the skip link) or
 * Alt+N away; sections fold to their count and stay folded; the earlier commitments show the
 * three most urgent with "Show all"; the notes box grows with its text (one scroll, the panel's).
 */
import {
  addCommitment,
  expect,
  notesBox,
  openEvent,
  panel,
  panelElement,
  test,
  turnOnEncryption,
  writeNote,
  pickPerson,
} from './extension';

test.use({ viewport: { width: 1024, height: 700 } });

test('today’s notes are in view and one keystroke away with ten open commitments; sections fold and remember', async ({ calendar }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar, 'First 1:1.');
  for (let index = 1; index <= 10; index++) await addCommitment(calendar, `Promise number ${index}`, index % 2 ? 'me' : 'them');
  await expect((await panel(calendar)).getByRole('region', { name: 'Commitments' }).getByRole('listitem')).toHaveCount(10);

  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  const frame = await panel(calendar);
  await expect(frame.getByRole('heading', { name: /Notes · Thu, 12 Mar 2026/ })).toBeVisible();
  // In view on open: the box's top inside the panel's visible height.
  const panelBox = await (await panelElement(calendar)).boundingBox();
  const notes = await notesBox(calendar);
  const box = await notes.boundingBox();
  expect(panelBox && box && box.y + 40 < panelBox.y + panelBox.height, 'the notes box starts in view').toBe(true);

  // The section says its count; three earlier ones first, the rest one click away.
  const commitments = frame.getByRole('region', { name: 'Commitments' });
  await expect(commitments.getByRole('button', { name: /^Commitments · 10 open/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(commitments.getByRole('listitem')).toHaveCount(3);
  await commitments.getByRole('button', { name: 'Show all 10' }).click();
  await expect(commitments.getByRole('listitem')).toHaveCount(10);

  // Folded, it stays folded in the next panel.
  await commitments.getByRole('button', { name: /^Commitments · 10 open/ }).click();
  await expect(commitments.getByRole('listitem').first()).toBeHidden();
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await expect((await panel(calendar)).getByRole('button', { name: /^Commitments/ })).toHaveAttribute('aria-expanded', 'false');
  await openEvent(calendar, 'Alex / Sam 1:1', 1);

  // The panel's first stop is the skip link; it leads to the notes (once the 12th's panel has drawn).
  const again = await panel(calendar);
  await expect(again.getByRole('heading', { name: /Notes · Thu, 12 Mar 2026/ })).toBeVisible();
  await expect(again.getByRole('region', { name: 'Commitments' }).getByRole('button', { name: /^Commitments · 10 open/ })).toBeVisible();
  const skip = again.getByRole('link', { name: 'Skip to today’s notes (Alt+N)' });
  expect(
    await again
      .locator('a[href], button, input, select, textarea')
      .first()
      .evaluate((element) => element.className),
  ).toBe('skip-link');
  await skip.focus();
  await expect(skip).toBeVisible();
  await calendar.keyboard.press('Enter');
  await expect(await notesBox(calendar)).toBeFocused();
  // Alt+N from anywhere in the panel.
  await again.getByRole('textbox', { name: /A topic Sam wants/ }).focus();
  await calendar.keyboard.press('Alt+KeyN');
  await expect(await notesBox(calendar)).toBeFocused();

  // A long note: the box grows with it, nothing scrolls inside it.
  await (await notesBox(calendar)).fill(Array.from({ length: 60 }, (_, line) => `Line ${line + 1} of a long note.`).join('\n'));
  const sizes = await (await notesBox(calendar)).evaluate((element) => ({ client: element.clientHeight, scroll: element.scrollHeight }));
  expect(sizes.client).toBeGreaterThan(900);
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
});

test('notes written in Markdown: lists continue, Ctrl+B bolds, a checkbox line becomes a commitment, earlier notes read formatted', async ({
  calendar,
  context,
  extensionId,
}) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  const box = await notesBox(calendar);
  await box.click();
  await calendar.keyboard.type('Energy ');
  await calendar.keyboard.press('Control+KeyB');
  await calendar.keyboard.type('good');
  await calendar.keyboard.press('End');
  await calendar.keyboard.press('Enter');
  await calendar.keyboard.type('- [ ] Sam: send the design doc');
  await calendar.keyboard.press('Enter');
  await calendar.keyboard.type('Me: book the offsite room');
  await expect(box).toHaveValue('Energy **good**\n- [ ] Sam: send the design doc\n- [ ] Me: book the offsite room');
  const frame = await panel(calendar);
  await expect(frame.getByTestId('save-state')).toHaveText('Saved');

  // Preview: the same notes, formatted.
  const today = frame.getByRole('region', { name: 'Notes · Thu, 5 Mar 2026' });
  await today.getByRole('button', { name: 'Preview' }).click();
  const preview = frame.getByRole('region', { name: /Notes · Thu, 5 Mar 2026, formatted/ });
  await expect(preview.locator('strong')).toHaveText('good');
  await expect(preview.getByRole('listitem')).toHaveCount(2);
  await today.getByRole('button', { name: 'Preview' }).click();
  await expect(box).toBeVisible();

  // One click each: Sam's and mine.
  const capture = frame.getByRole('group', { name: 'Checkbox lines in your notes' });
  await capture.getByRole('button', { name: 'Sam’s: send the design doc' }).click();
  await capture.getByRole('button', { name: 'Mine: book the offsite room' }).click();
  await expect(capture).toHaveCount(0);
  const commitments = frame.getByRole('region', { name: 'Commitments' });
  await expect(commitments.getByRole('listitem')).toHaveCount(2);
  await expect(commitments).toContainText('send the design doc');

  // The next 1:1 shows them formatted among the earlier notes; so does the people page.
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  const earlier = (await panel(calendar)).getByRole('region', { name: 'Earlier 1:1s' });
  await expect(earlier.locator('strong')).toHaveText('good');
  await expect(earlier.getByRole('img', { name: 'to do' })).toHaveCount(2);
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /^Sam Rivera/);
  await expect(people.getByRole('region', { name: 'Person' }).locator('.md strong')).toHaveText('good');
});

test('Markdown notes round-trip through save, reload, export, import and encryption, and read formatted after each', async ({
  calendar,
  context,
  extensionId,
}) => {
  const written = 'Energy **good**\n- [ ] Sam: send the doc\n- [x] Me: book the room\n\nSee [the RFC](https://docs.example/rfc).';
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar, written);
  const formatted = async () => {
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    const earlier = (await panel(calendar)).getByRole('region', { name: 'Earlier 1:1s' });
    await expect(earlier.locator('strong')).toHaveText('good');
    await expect(earlier.getByRole('img', { name: 'to do' })).toHaveCount(1);
    await expect(earlier.getByRole('img', { name: 'done' })).toHaveCount(1);
    await expect(earlier.getByRole('link', { name: 'the RFC' })).toHaveAttribute('href', 'https://docs.example/rfc');
    await openEvent(calendar, 'Alex / Sam 1:1', 0);
    await expect(await notesBox(calendar)).toHaveValue(written);
  };
  await calendar.reload();
  await formatted();

  // Exported, erased, imported: the same text, the same formatting.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup (JSON)' }).click();
  const file = await (await downloading).path();
  await options.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await options.getByRole('button', { name: 'Erase all data' }).click();
  await expect(options.getByText('Everything was erased.')).toBeVisible();
  await options.getByLabel('Choose a backup file').setInputFiles(file);
  await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
  await expect(options.getByText(/Imported \d+ records/)).toBeVisible();
  await options.close();
  await calendar.reload();
  await formatted();

  // Sealed under a passphrase: still the same once unlocked.
  await (await turnOnEncryption(context, extensionId, 'correct horse battery staple')).close();
  await calendar.reload();
  await formatted();
});

test('opening past 1:1s without typing changes no count', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await writeNote(calendar, 'Held and written.');
  const people = await context.newPage();
  await people.goto(`chrome-extension://${extensionId}/people.html`);
  await pickPerson(people, /^Sam Rivera/);
  const numbers = people.getByRole('region', { name: 'Person' }).locator('dl.numbers');
  await expect(numbers).toContainText('Held1');
  const before = await numbers.textContent();
  // Browsing: the next occurrence (past on the test's clock) opened and left.
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect((await panel(calendar)).getByTestId('gap')).toContainText('1 held');
  await openEvent(calendar, 'Alex / Sam 1:1', 0);
  await people.reload();
  await pickPerson(people, /^Sam Rivera/);
  await expect(people.getByRole('region', { name: 'Person' }).locator('dl.numbers')).toHaveText(before ?? '');
});
