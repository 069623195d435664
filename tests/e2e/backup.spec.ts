import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, notesBox, openEvent, panel, test } from './extension';

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
  await expect(options.getByTestId('persistence')).toHaveText(/keeps your notes until you remove them|may clear your notes/);
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
