import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, notesBox, openEvent, panel, test, type WithExtensionApi } from './extension';

const BAD = join(import.meta.dirname, '../fixtures/backups/bad');

test('export, erase, and import the backup: everything comes back', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await (await notesBox(calendar)).fill('Wants to lead the design review.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText('You have not made a backup yet.')).toBeVisible();
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup (JSON)' }).click();
  const file = await (await downloading).path();
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; data: { meetings: { notes: string }[] } };
  expect(backup.format).toBe('one-on-one-companion-backup');
  expect(backup.data.meetings.map((meeting) => meeting.notes)).toContain('Wants to lead the design review.');
  await expect(options.getByText('You have not made a backup yet.')).toBeHidden();

  const erase = options.getByRole('button', { name: 'Erase all data' });
  await expect(erase).toBeDisabled();
  await options.getByRole('textbox', { name: 'Type ERASE to confirm' }).fill('ERASE');
  await erase.click();
  await expect(options.getByText('Everything was erased.')).toBeVisible();
  await calendar.reload();
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await expect(await notesBox(calendar)).toHaveValue('');

  await options.getByLabel('Choose a backup file').setInputFiles(file);
  const preview = options.getByRole('region', { name: 'Import preview' });
  // Reopening the 1:1 after the erase stored nothing (only an edit does): everything comes back as new.
  await expect(preview).toContainText('adds 1 person, 1 meeting');
  await expect(preview.getByRole('radiogroup')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByText(/Imported \d+ records/)).toBeVisible();
  await expect(await notesBox(calendar)).toHaveValue('Wants to lead the design review.');
});

test('a bad file is refused with its reason, and nothing changes', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Choose a backup file').setInputFiles(join(BAD, '04-truncated.json'));
  await expect(options.getByRole('alert')).toHaveText('This file ends early: it looks cut off (truncated). Nothing was changed.');
  await options.getByLabel('Choose a backup file').setInputFiles(join(BAD, '09-newer-version.json'));
  await expect(options.getByRole('alert')).toContainText('newer version of 1:1 Companion');
  await expect(options.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
});

test('the browser is asked to keep the notes, and the answer is shown', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('persistence')).toHaveText(/will not clear your notes to free space|may clear your notes/);
  await expect(options.getByText(/Using [\d.]+ MB/)).toBeVisible();
});

test('notes typed 100 ms before the tab closes are kept', async ({ calendar, context, extensionId }) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await (await notesBox(calendar)).pressSequentially('Last words before closing');
  await calendar.waitForTimeout(100);
  await calendar.close();
  const again = await context.newPage();
  await again.goto('https://calendar.google.com/calendar/u/0/r/week/2026/3/5');
  await openEvent(again, 'Alex / Sam 1:1', 1);
  await expect(await notesBox(again)).toHaveValue('Last words before closing');
  void extensionId;
});

test('the backup reminder says the same in the popup and the options page: never, 40 days ago, then quiet after a restore', async ({
  calendar,
  context,
  extensionId,
  now,
}) => {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await (await notesBox(calendar)).fill('Something worth keeping.');
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const said = async (text: string | null) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('list', { name: 'Open commitments' }).or(popup.getByText(/Nothing open/))).toBeVisible();
    const nudges = [
      popup.getByRole('note').filter({ hasText: /backup/ }),
      options.getByRole('region', { name: 'Your data' }).getByRole('note'),
    ];
    for (const nudge of nudges) {
      if (text === null) await expect(nudge).toHaveCount(0);
      else await expect(nudge).toContainText(text);
    }
    await popup.close();
  };
  await said('You have not made a backup yet.');

  // The last backup 40 days ago (on the test's clock), as the options page would have noted it.
  const fortyDaysAgo = new Date(now.getTime() - 40 * 86_400_000).toISOString();
  await options.evaluate((at) => (globalThis as unknown as WithExtensionApi).chrome.storage.local.set({ lastBackupAt: at }), fortyDaysAgo);
  await said('Your last backup was 40 days ago.');

  // A restore: what is here is what the file holds; quiet.
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup (JSON)' }).click();
  const file = await (await downloading).path();
  await options.evaluate((at) => (globalThis as unknown as WithExtensionApi).chrome.storage.local.set({ lastBackupAt: at }), fortyDaysAgo);
  await said('Your last backup was 40 days ago.');
  await options.getByLabel('Choose a backup file').setInputFiles(file);
  await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
  await expect(options.getByText(/Imported \d+ records/)).toBeVisible();
  await said(null);
});
