/**
 * Issue 22: automatic backups, end to end in Chromium with a download folder of the test's own
 * (set as a user sets it, in the browser's preferences). The schedule's alarm is the browser's
 * own event, dispatched in the service worker; the days pass on the test's clock.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, formatISO } from 'date-fns';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  expect,
  launchExtension,
  notesBox,
  openEvent,
  panel,
  storedRecords,
  test,
  turnOnEncryption,
  type WithExtensionApi,
  serviceWorkerOf,
  alarmGoesOff,
} from './extension';
import { advanceClock } from '../harness/clock';
import { WEEK_URL } from '../harness/stand-ins';

const DAY = 86_400_000;
const PASS = 'a long passphrase for the backups';

/** The schedule's hourly alarm goes off. */
const scheduleLooks = (worker: Worker) => alarmGoesOff(worker, 'auto-backup');

const backupsIn = (folder: string) =>
  existsSync(join(folder, '1on1-companion')) ? readdirSync(join(folder, '1on1-companion')).sort() : [];
const nameOn = (day: Date) => `backup-${formatISO(day, { representation: 'date' })}.json`;

async function write(calendar: Page, text: string): Promise<void> {
  await (await notesBox(calendar)).fill(text);
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
}

async function restoreInFreshProfile(file: string, now: Date, extensionId: string, passphrase?: string) {
  const problems: string[] = [];
  const fresh = await launchExtension({ problems, now });
  try {
    const options = await fresh.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Choose a backup file').setInputFiles(file);
    if (passphrase) {
      await options.getByLabel('Passphrase of this backup').fill(passphrase);
      await options.getByRole('button', { name: 'Open the backup' }).click();
    }
    await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
    await expect(options.getByText(/Imported \d+ records/)).toBeVisible();
    const tables = ['people', 'meetings', 'commitments'] as const;
    const restored = Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await storedRecords(fresh, extensionId, table)] as const)),
    );
    expect(problems).toEqual([]);
    return restored as Record<(typeof tables)[number], Record<string, unknown>[]>;
  } finally {
    await fresh.close();
  }
}

interface Session {
  context: BrowserContext;
  worker: Worker;
  calendar: Page;
  /** The browser's download folder, the test's own. */
  folder: string;
}

/** A browser with its own download folder, Sam's 1:1 open with `note` written; closed and checked after `run`. */
async function withDownloads(now: Date, note: string, run: (session: Session) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'companion-downloads-'));
  const problems: string[] = [];
  const context = await launchExtension({ problems, now, downloadsDir: folder });
  try {
    const worker = await serviceWorkerOf(context);
    const calendar = await context.newPage();
    await calendar.goto(WEEK_URL);
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await write(calendar, note);
    await run({ context, worker, calendar, folder });
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
}

test('after the first week, one question; then a backup a day when something changed, the newest 14 kept, restored whole in a fresh profile', async ({
  extensionId,
  now,
}) => {
  test.setTimeout(180_000);
  await withDownloads(now, 'Wants to lead the design review.', async ({ context, worker, calendar, folder }) => {
    // The first week: the alarm looks, writes nothing, and nobody is asked yet.
    await scheduleLooks(worker);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('list', { name: 'Open commitments' }).or(popup.getByText(/Nothing open/))).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Keep a copy of your notes automatically?' })).toHaveCount(0);
    expect(backupsIn(folder)).toEqual([]);

    // A week later: asked once, in plain words; yes writes the first backup at once.
    await advanceClock(context, worker, 8 * DAY);
    let day = addDays(now, 8);
    await popup.reload();
    const question = popup.getByRole('region', { name: 'Keep a copy of your notes automatically?' });
    await expect(question).toContainText('every day into Downloads › 1on1-companion and keep the last 14');
    await question.getByRole('button', { name: 'Yes, every day' }).click();
    await expect(question).toHaveCount(0);
    await expect.poll(() => backupsIn(folder)).toEqual([nameOn(day)]);
    const first = JSON.parse(readFileSync(join(folder, '1on1-companion', nameOn(day)), 'utf8')) as {
      format: string;
      data: { meetings: { notes: string }[] };
    };
    expect(first.format).toBe('one-on-one-companion-backup');
    // Handed to the browser as a blob URL the offscreen page made (a data URL is only the fallback).
    const urls = await worker.evaluate(() =>
      (globalThis as unknown as WithExtensionApi).chrome.downloads.search({}).then((items) => items.map((item) => item.url)),
    );
    expect(urls).toEqual([expect.stringMatching(/^blob:chrome-extension:\/\//)]);
    expect(first.data.meetings.map((meeting) => meeting.notes)).toContain('Wants to lead the design review.');

    // Nothing changed: the next day's alarm writes nothing.
    await advanceClock(context, worker, DAY);
    day = addDays(day, 1);
    await scheduleLooks(worker);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const status = options.getByTestId('auto-backup-status');
    await expect(status).toContainText(/Last backup: yesterday \d\d:\d\d · \d+ kB · 1 kept/);
    expect(backupsIn(folder)).toHaveLength(1);

    // After a change, the schedule's alarm writes today's file, with the change in it.
    const written: string[] = [nameOn(addDays(day, -1))];
    for (let n = 2; n <= 15; n++) {
      await write(calendar, `Wants to lead the design review. Day ${n}.`);
      await advanceClock(context, worker, DAY);
      day = addDays(day, 1);
      await scheduleLooks(worker);
      written.push(nameOn(day));
      await expect.poll(() => backupsIn(folder)).toEqual(written.slice(-14));
    }
    // The 15th written, the oldest of ours removed.
    expect(backupsIn(folder)).not.toContain(written[0]);
    const last = join(folder, '1on1-companion', nameOn(day));
    expect(readFileSync(last, 'utf8')).toContain('Day 15.');
    await expect(status).toContainText(/Last backup: today \d\d:\d\d · \d+ kB · 14 kept/);

    const before = Object.fromEntries(
      await Promise.all(
        (['people', 'meetings', 'commitments'] as const).map(async (table) => [table, await storedRecords(context, extensionId, table)]),
      ),
    ) as Record<string, Record<string, unknown>[]>;
    const restored = await restoreInFreshProfile(last, day, extensionId);
    for (const table of ['people', 'meetings', 'commitments'] as const)
      expect(restored[table].map((record) => record.id).sort(), table).toEqual((before[table] ?? []).map((record) => record.id).sort());
    expect(restored.meetings.map((meeting) => meeting.notes)).toContain('Wants to lead the design review. Day 15.');
  });
});

test('a write that fails shows a warning in the popup and the options page, and the next good one clears it', async ({
  extensionId,
  now,
}) => {
  await withDownloads(now, 'Something worth keeping.', async ({ context, worker, folder }) => {
    // The folder cannot be made: a file of that name is in the way.
    writeFileSync(join(folder, '1on1-companion'), 'not a folder');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Back up automatically').selectOption('week');
    const warning = options.getByTestId('auto-backup-status').getByRole('alert');
    await expect(warning).toContainText('was not written: the browser could not write the file in Downloads/1on1-companion');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('note').getByRole('alert')).toContainText('could not write the file');

    // Still due: the hourly look tries again, and fails again while the folder cannot be written.
    await advanceClock(context, worker, 60 * 60_000);
    await scheduleLooks(worker);
    await expect(warning).toContainText(/of today 11:3\d was not written/);

    // The user makes room; "Back up now" writes, and the warning goes.
    rmSync(join(folder, '1on1-companion'));
    await options.getByTestId('auto-backup-status').getByRole('button', { name: 'Back up now' }).click();
    await expect(options.getByTestId('auto-backup-status').getByRole('status')).toContainText(
      'Backed up to Downloads/1on1-companion/backup-',
    );
    await expect(warning).toHaveCount(0);
    await expect(popup.getByRole('note')).toHaveCount(0);
    expect(backupsIn(folder)).toHaveLength(1);
  });
});

test('with encryption on, the automatic backup is sealed with the passphrase, and a fresh profile restores it with it', async ({
  extensionId,
  now,
}) => {
  test.setTimeout(120_000);
  await withDownloads(now, 'Worried about the on-call load.', async ({ context, worker, calendar, folder }) => {
    const options = await turnOnEncryption(context, extensionId, PASS);
    // The short guide for moving, in the options page beside the backups.
    await options.getByText('Moving to a new computer or browser').click();
    await expect(options.locator('.move-guide li')).toHaveText([
      'Here: press “Back up now”.',
      /Copy the newest file of Downloads\/1on1-companion/,
      /choose that file under “Restore from a backup”/,
    ]);
    await options.getByTestId('auto-backup-status').getByRole('button', { name: 'Back up now' }).click();
    await expect(options.getByTestId('auto-backup-status').getByRole('status')).toContainText('Backed up to Downloads/1on1-companion/');
    expect(backupsIn(folder)).toEqual([nameOn(now)]);
    const file = join(folder, '1on1-companion', nameOn(now));
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'one-on-one-companion-backup-encrypted' });
    expect(text).not.toMatch(/on-call|Alex \/ Sam/);

    const restored = await restoreInFreshProfile(file, now, extensionId, PASS);
    expect(restored.meetings.map((meeting) => meeting.notes)).toContain('Worried about the on-call load.');
    expect(restored.people).toHaveLength((await storedRecords(context, extensionId, 'people')).length);

    // Locked when the next one is due: nothing written (the pages show the lock, not a warning); unlocking writes it.
    await options.getByLabel('Back up automatically').selectOption('week');
    await calendar.reload();
    await openEvent(calendar, 'Alex / Sam 1:1', 1);
    await write(calendar, 'Worried about the on-call load. Swapped a week.');
    await calendar.close();
    await options.getByRole('region', { name: 'Encryption' }).getByRole('button', { name: 'Lock now' }).click();
    await advanceClock(context, worker, 7 * DAY);
    await scheduleLooks(worker);
    await expect(options.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
    await expect
      .poll(() =>
        worker.evaluate(() =>
          (globalThis as unknown as WithExtensionApi).chrome.storage.local.get('autoBackupState').then((got) => got.autoBackupState),
        ),
      )
      .toMatchObject({ waiting: 'unlock' });
    expect(backupsIn(folder)).toEqual([nameOn(now)]);
    await options.getByLabel('Passphrase').fill(PASS);
    await options.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => backupsIn(folder), { timeout: 30_000 }).toEqual([nameOn(now), nameOn(addDays(now, 7))]);
    await expect(options.getByTestId('auto-backup-status').getByRole('alert')).toHaveCount(0);
  });
});
