/**
 * Issue 22.1: automatic backups. When one is due, that the file holds the whole backup (and
 * opens as one, sealed with the passphrase when encryption is on), that nothing is written
 * when nothing changed, that the newest 14 of ours are kept and only ours are removed, and
 * that every failure is kept for the status to show.
 */
import { resolveObjectURL } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import { addCommitment } from '@/utils/db/commitments';
import { exportBackup } from '@/utils/backup/export';
import { parseBackupText } from '@/utils/backup/read';
import { openSealedBackup } from '@/utils/backup/sealed';
import {
  autoBackupState,
  backupDue,
  backupFileName,
  readAutoBackupState,
  rotate,
  shouldAsk,
  type Written,
} from '@/utils/backup/auto-backup-state';
import { runAutoBackup, type Downloads } from '@/utils/background/auto-backup';
import { base64Sliced, encodeSliced, fileUrl, Slicer } from '@/utils/backup/write-backup';
import { autoBackupSetting, lastBackupAt, readCadence, readOverrides } from '@/utils/extension/settings';
import { setEncryption } from '@/utils/crypto/middleware';
import { enableEncryption, lockNow, loadLockState } from '@/utils/crypto/lock';

const ME = 'our-extension-id';
const PASS = 'correct horse battery staple';

/** The downloads API over a folder in memory: what a data URL holds, by download id. */
class FakeDownloads implements Downloads {
  files = new Map<string, string>();
  items = new Map<number, { id: number; state: string; error?: string; filename: string; byExtensionId: string; exists: boolean }>();
  removed: number[] = [];
  failNext?: string;
  private next = 1;
  async download({ url, filename }: { url: string; filename: string }) {
    const id = this.next++;
    const path = `/home/me/Downloads/${filename}`;
    if (this.failNext) {
      this.items.set(id, { id, state: 'interrupted', error: this.failNext, filename: path, byExtensionId: ME, exists: false });
      this.failNext = undefined;
      return id;
    }
    // Node makes blob URLs (as Firefox's background page does); Chrome's service worker, data URLs.
    const text = url.startsWith('blob:')
      ? await resolveObjectURL(url)!.text()
      : Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    this.files.set(filename, text);
    this.items.set(id, { id, state: 'complete', filename: path, byExtensionId: ME, exists: true });
    return id;
  }
  async search({ id }: { id: number }) {
    const item = this.items.get(id);
    return item ? [item] : [];
  }
  async removeFile(id: number) {
    const item = this.items.get(id)!;
    this.files.delete(item.filename.replace('/home/me/Downloads/', ''));
    item.exists = false;
    this.removed.push(id);
  }
  async erase({ id }: { id: number }) {
    this.items.delete(id);
    return [id];
  }
}

let db: CompanionDatabase;
let downloads: FakeDownloads;
let counter = 0;
const monday = new Date('2026-11-30T08:00:00Z');
const run = (now: Date, byHand = false) => runAutoBackup(db, { now, byHand, downloads, extensionId: ME, pollMs: 1 });

beforeEach(async () => {
  setEncryption(false, null);
  db = new CompanionDatabase(`auto-backup-${++counter}`);
  downloads = new FakeDownloads();
  const { person, meeting } = await openOccurrence(db, {
    key: 'k1',
    seriesKey: 's',
    title: 'Alex / Sam 1:1',
    start: '2026-11-02T09:00:00.000Z',
    counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
  });
  await saveNotes(db, meeting.id, 'Worried about the on-call load.');
  await addCommitment(db, { personId: person.id, meetingId: meeting.id }, { text: 'Share the rota', owner: 'me' });
  // In use for a month: past the first week.
  await autoBackupState.setValue({ since: '2026-10-30T08:00:00.000Z', files: [] });
});
afterEach(async () => {
  setEncryption(false, null);
  await db.delete();
});

describe('the schedule', () => {
  const state = { since: '2026-10-30T08:00:00.000Z', files: [] };
  it('is due once a calendar day (daily) or a week after the last (weekly); never when off or in the first week', () => {
    const daily = { every: 'day', keep: 14 } as const;
    expect(backupDue(daily, state, monday)).toEqual({ due: true });
    const checked = { ...state, checkedAt: '2026-11-30T06:00:00.000Z' };
    expect(backupDue(daily, checked, monday)).toEqual({ due: false, why: 'done' });
    // Just past midnight in Berlin is the next day.
    expect(backupDue(daily, checked, new Date('2026-11-30T23:30:00Z'))).toEqual({ due: true });
    expect(backupDue({ ...daily, every: 'week' }, checked, addDays(monday, 6))).toEqual({ due: false, why: 'done' });
    expect(backupDue({ ...daily, every: 'week' }, checked, addDays(monday, 7))).toEqual({ due: true });
    expect(backupDue({ ...daily, every: 'off' }, state, monday)).toEqual({ due: false, why: 'off' });
    const newcomer = { since: '2026-11-27T08:00:00.000Z', files: [] };
    expect(backupDue(daily, newcomer, monday)).toEqual({ due: false, why: 'first-week' });
    expect(backupDue(daily, newcomer, new Date('2026-12-04T08:00:00Z'))).toEqual({ due: true });
    // Chosen by the user in the options page: at once.
    expect(backupDue({ ...daily, askedAt: '2026-11-29T10:00:00.000Z' }, newcomer, monday)).toEqual({ due: true });
  });

  it('asks once, after the first week, only someone with notes', () => {
    const setting = { every: 'day', keep: 14 } as const;
    expect(shouldAsk(setting, state, true, monday)).toBe(true);
    expect(shouldAsk(setting, state, false, monday)).toBe(false);
    expect(shouldAsk({ ...setting, askedAt: '2026-11-29T10:00:00.000Z' }, state, true, monday)).toBe(false);
    expect(shouldAsk(setting, { since: '2026-11-27T08:00:00.000Z', files: [] }, true, monday)).toBe(false);
  });

  it('keeps the newest; a second backup on one day replaces that day’s', () => {
    const file = (day: number, id = day): Written => ({
      id,
      name: `1on1-companion/backup-2026-11-${String(day).padStart(2, '0')}.json`,
      at: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
      bytes: 10,
      sealed: false,
    });
    const fourteen = Array.from({ length: 14 }, (_, index) => file(index + 1));
    const fifteenth = rotate(fourteen, file(15), 14);
    expect(fifteenth.kept.map((kept) => kept.id)).toEqual([...Array.from({ length: 13 }, (_, index) => index + 2), 15]);
    expect(fifteenth.remove.map((old) => old.id)).toEqual([1]);
    const again = rotate(fifteenth.kept, { ...file(15, 99), at: '2026-11-15T17:00:00.000Z' }, 14);
    expect(again.kept).toHaveLength(14);
    expect(again.replaced.map((old) => old.id)).toEqual([15]);
    expect(again.remove).toEqual([]);
  });
});

describe('writing a backup', () => {
  it('writes the whole backup under today’s name, which the import reads as it is', async () => {
    const outcome = await run(monday);
    expect(outcome).toMatchObject({ kind: 'written', file: { name: '1on1-companion/backup-2026-11-30.json', sealed: false } });
    const text = downloads.files.get(backupFileName(monday))!;
    const read = parseBackupText(text);
    if (!read.ok) throw new Error(read.error);
    const expected = await exportBackup(db, { cadence: await readCadence(), recognitionOverrides: await readOverrides() }, monday);
    expect(read.backup).toEqual(expected);
    expect(outcome.kind === 'written' && outcome.file.bytes).toBe(new TextEncoder().encode(text).length);
    expect(await lastBackupAt.getValue()).toBe(monday.toISOString());
    expect((await readAutoBackupState()).files).toHaveLength(1);
  });

  it('writes nothing when nothing changed, and again after a change', async () => {
    await run(monday);
    const tuesday = addDays(monday, 1);
    expect(await run(tuesday)).toEqual({ kind: 'unchanged' });
    expect(downloads.files.size).toBe(1);
    // Looked at today: not again until tomorrow.
    expect(await run(addDays(tuesday, 0))).toEqual({ kind: 'not-due', why: 'done' });
    const [meeting] = await db.meetings.toArray();
    await saveNotes(db, meeting!.id, 'Worried about the on-call load. Swapped a week.');
    const wednesday = addDays(monday, 2);
    expect(await run(wednesday)).toMatchObject({ kind: 'written' });
    expect(downloads.files.get(backupFileName(wednesday))).toContain('Swapped a week');
    // The newest file deleted by hand: nothing changed, and still a new file, since none holds it.
    const thursday = addDays(monday, 3);
    const newest = (await readAutoBackupState()).files.at(-1)!;
    downloads.items.get(newest.id)!.exists = false;
    expect(await run(thursday)).toMatchObject({ kind: 'written' });
    // By hand: written even when nothing changed since.
    expect(await run(thursday, true)).toMatchObject({ kind: 'written' });
  });

  it('keeps the newest 14: the 15th removes the oldest of ours, and never a file that is not ours', async () => {
    const [meeting] = await db.meetings.toArray();
    for (let day = 0; day < 15; day++) {
      await saveNotes(db, meeting!.id, `Day ${day}`);
      expect(await run(addDays(monday, day))).toMatchObject({ kind: 'written', removed: day === 14 ? 1 : 0 });
    }
    const state = await readAutoBackupState();
    expect(state.files).toHaveLength(14);
    expect(state.files[0]!.name).toBe('1on1-companion/backup-2026-12-01.json');
    expect(downloads.files.has('1on1-companion/backup-2026-11-30.json')).toBe(false);
    expect(downloads.files.size).toBe(14);

    // A download another extension made under the same name is left alone.
    downloads.items.get(state.files[0]!.id)!.byExtensionId = 'someone-else';
    await saveNotes(db, meeting!.id, 'Day 15');
    expect(await run(addDays(monday, 15))).toMatchObject({ kind: 'written', removed: 0 });
    expect(downloads.files.has('1on1-companion/backup-2026-12-01.json')).toBe(true);
  });

  it('keeps a failed write for the status, and the next good one clears it', async () => {
    downloads.failNext = 'FILE_ACCESS_DENIED';
    expect(await run(monday)).toEqual({ kind: 'failed', reason: 'folder', detail: 'FILE_ACCESS_DENIED' });
    expect((await readAutoBackupState()).failure).toMatchObject({ reason: 'folder', at: monday.toISOString() });
    expect(await lastBackupAt.getValue()).toBeNull();
    // Still due: the next look tries again.
    const later = new Date(monday.getTime() + 60 * 60_000);
    expect(await run(later)).toMatchObject({ kind: 'written' });
    expect((await readAutoBackupState()).failure).toBeUndefined();
    downloads.failNext = 'FILE_NO_SPACE';
    expect(await run(later, true)).toMatchObject({ reason: 'space' });
  });

  it('writes nothing for an empty store, nothing when off, nothing in the first week', async () => {
    await autoBackupSetting.setValue({ every: 'off', keep: 14 });
    expect(await run(monday)).toEqual({ kind: 'not-due', why: 'off' });
    await autoBackupSetting.setValue({ every: 'day', keep: 14 });
    await autoBackupState.setValue({ files: [] });
    // The first week counts from the oldest person stored: just now.
    expect(await run(new Date())).toEqual({ kind: 'not-due', why: 'first-week' });
    const empty = new CompanionDatabase(`auto-backup-empty-${counter}`);
    expect(await runAutoBackup(empty, { now: monday, byHand: true, downloads, extensionId: ME })).toEqual({ kind: 'empty' });
    await empty.delete();
    expect(downloads.files.size).toBe(0);
  });

  it('seals the file with the passphrase when encryption is on; locked, it writes nothing and says why', async () => {
    const moved = await enableEncryption(db, PASS, 100_000);
    if (!moved.ok) throw new Error(moved.error);
    db = moved.db;
    const outcome = await run(monday);
    expect(outcome).toMatchObject({ kind: 'written', file: { sealed: true } });
    const text = downloads.files.get(backupFileName(monday))!;
    expect(text).not.toMatch(/on-call|rota|Sam Rivera/);
    const read = parseBackupText(text);
    if (read.ok || !read.sealed) throw new Error('expected a sealed backup');
    const opened = await openSealedBackup(read.sealed, PASS);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.backup.data.meetings[0]!.notes).toBe('Worried about the on-call load.');
    expect(opened.backup.data.commitments[0]!.text).toBe('Share the rota');

    await lockNow();
    expect(await loadLockState(db)).toBe('locked');
    expect(await run(addDays(monday, 1), true)).toEqual({ kind: 'failed', reason: 'locked' });
    expect(downloads.files.size).toBe(1);
    // Not a failure to warn about (the pages show the lock): a backup waiting for the unlock.
    expect(await readAutoBackupState()).toMatchObject({ waiting: 'unlock' });
    expect((await readAutoBackupState()).failure).toBeUndefined();
  });
});

describe('the file as a URL', () => {
  it('a data URL where no blob URL can be made (Chrome’s service worker), encoded in slices that join into one valid text', async () => {
    const bytes = new Uint8Array(200_001).map((_, index) => (index * 7919) % 256);
    expect(await base64Sliced(bytes, new Slicer())).toBe(Buffer.from(bytes).toString('base64'));
    // A megabyte of characters at a time, a surrogate pair across the step kept whole.
    const long = `${'a'.repeat((1 << 20) - 1)}🎉${'é'.repeat(1 << 20)}`;
    expect(Buffer.from(await encodeSliced(long, new Slicer())).toString('utf8')).toBe(long);
    const make = URL.createObjectURL;
    try {
      (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
      const text = JSON.stringify({ note: 'Grüße, 🎉 — ok' });
      const file = await fileUrl(new TextEncoder().encode(text));
      expect(file.url.startsWith('data:application/json;base64,')).toBe(true);
      expect(Buffer.from(file.url.slice(file.url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(text);
      expect(file.bytes).toBe(Buffer.byteLength(text));
    } finally {
      URL.createObjectURL = make;
    }
  });
});
