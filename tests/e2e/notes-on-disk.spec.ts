/**
 * With encryption on, no note reaches the disk in plain text: the test types a
 * marker, closes the browser the normal way (which writes its session files)
 * and searches every file of the profile for it (issue 17, items 2 and 3).
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { addCommitment, expect, launchExtension, turnOnEncryption, notesBox, openEvent, panel, test, WEEK_URL } from './extension';
import { testNow } from '../harness/clock';

const PASS = 'tea kettle on a quiet morning';

/** Every file of the profile folder that holds the marker, as UTF-8 or as UTF-16 (how the browser keeps form state). */
async function filesHolding(folder: string, marker: string): Promise<string[]> {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && (await stat(full)).size < 200 * 1024 * 1024) {
        const bytes = await readFile(full).catch(() => Buffer.alloc(0));
        if (needles.some((needle) => bytes.includes(needle))) found.push(path.relative(folder, full));
      }
    }
  };
  await walk(folder);
  return found;
}

async function encrypt(context: BrowserContext, extensionId: string): Promise<void> {
  await (await turnOnEncryption(context, extensionId, PASS)).close();
}

/** Types the marker where notes are written: today's notes, a topic, a commitment. */
async function typeEverywhere(calendar: Page, marker: string): Promise<void> {
  await openEvent(calendar, 'Alex / Sam 1:1', 1);
  await (await notesBox(calendar)).fill(`Notes ${marker}`);
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
  await (await panel(calendar)).getByRole('textbox', { name: 'A topic Sam wants to discuss' }).fill(`Topic ${marker}`);
  await (await panel(calendar)).getByRole('button', { name: 'Add topic' }).click();
  await addCommitment(calendar, `Promise ${marker}`, 'me');
  await expect((await panel(calendar)).getByText(`Promise ${marker}`)).toBeVisible();
  // A word being typed, not yet saved: the box keeps it as form state.
  await (await notesBox(calendar)).pressSequentially(' and more', { delay: 20 });
  await expect((await panel(calendar)).getByTestId('save-state')).toHaveText('Saved');
}

test.describe('notes on disk', () => {
  test.describe.configure({ timeout: 120_000 });

  test('typed after "Encrypt my notes", no note is in any file of the profile, session restore included', async ({
    extensionId,
  }, testInfo) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'companion-profile-'));
    const problems: string[] = [];
    const marker = `MARKER${testInfo.workerIndex}x${Date.now().toString(36)}`;
    try {
      const context = await launchExtension({ problems, now: testNow(), userDataDir: folder });
      await encrypt(context, extensionId);
      const calendar = await context.newPage();
      await calendar.goto(WEEK_URL);
      await typeEverywhere(calendar, marker);
      // The browser writes its session (every tab's form state) a few seconds after a change, and again on closing.
      await calendar.waitForTimeout(3000);
      await context.close();
      expect(problems).toEqual([]);
      expect(await filesHolding(folder, marker)).toEqual([]);
      // The search itself works: the marker's neighbour, the person's name, is on disk (unsealed by design).
      expect((await filesHolding(folder, 'Alex / Sam 1:1')).length).toBeGreaterThan(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('typed before "Encrypt my notes", no note is left in any file of the profile once it is on', async ({ extensionId }, testInfo) => {
    const folder = await mkdtemp(path.join(tmpdir(), 'companion-profile-'));
    const problems: string[] = [];
    const marker = `BEFORE${testInfo.workerIndex}x${Date.now().toString(36)}`;
    try {
      const context = await launchExtension({ problems, now: testNow(), userDataDir: folder });
      const calendar = await context.newPage();
      await calendar.goto(WEEK_URL);
      await typeEverywhere(calendar, marker);
      // On disk in plain text now, as it should be with encryption off (the search works).
      await calendar.waitForTimeout(1500);
      expect((await filesHolding(folder, marker)).length).toBeGreaterThan(0);
      await encrypt(context, extensionId);
      await calendar.waitForTimeout(3000);
      await context.close();
      expect(problems).toEqual([]);
      expect(await filesHolding(folder, marker)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
