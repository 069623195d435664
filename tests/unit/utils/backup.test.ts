import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, saveNotes } from '@/utils/db/meetings';
import { addCommitment, allCommitments } from '@/utils/db/commitments';
import { exportBackup, backupToMarkdown } from '@/utils/backup/export';
import { parseBackupText, readBackupFile } from '@/utils/backup/read';
import { applyImport, eraseDatabase, planImport } from '@/utils/backup/merge';
import type { Backup } from '@/utils/backup/format';

const DIR = join(import.meta.dirname, '../../fixtures/backups');
const goodText = readFileSync(join(DIR, 'good.json'), 'utf8');
const cases = JSON.parse(readFileSync(join(DIR, 'bad/cases.json'), 'utf8')) as { file: string; message: string }[];

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`backup-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const snapshot = async () => (await exportBackup(db, {}, new Date('2026-01-01T00:00:00Z'))).data;

async function seed() {
  const sam = await openOccurrence(db, {
    key: 'k/1',
    seriesKey: 'k',
    title: 'Alex / Sam 1:1',
    start: '2026-03-05T09:00:00.000Z',
    counterpart: { name: 'Sam', email: 'sam@northwind.example' },
  });
  await saveNotes(db, sam.meeting.id, 'Energy low; wants more design work.');
  // Sam's questions and recap are in Spanish: a setting the backup must keep.
  await db.people.update(sam.person.id, { language: 'es' });
  await addCommitment(
    db,
    { personId: sam.person.id, meetingId: sam.meeting.id },
    { text: 'Share the criteria', owner: 'me', due: '2026-03-13' },
  );
  await openOccurrence(db, {
    key: 'p/1',
    seriesKey: 'p',
    title: '1:1 Priya',
    start: '2026-03-04',
    counterpart: { name: 'Priya', email: 'priya@northwind.example' },
  });
  await db.questions.put({
    id: 'custom-1',
    text: 'What made you laugh?',
    kind: 'check-in',
    focus: 'present',
    source: 'custom',
    hidden: false,
    updatedAt: '2026-03-01T00:00:00.000Z',
  });
}

describe('reading a backup', () => {
  it('has a corpus of at least 20 bad files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((testCase) => [testCase.file, testCase] as const))(
    'refuses %s with a message that names the problem, changing nothing',
    async (_file, testCase) => {
      await seed();
      const before = await snapshot();
      const result = parseBackupText(readFileSync(join(DIR, 'bad', testCase.file), 'utf8'));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toContain(testCase.message);
        expect(result.error).toContain('Nothing was changed.');
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses an enormous file before reading it', async () => {
    let read = false;
    const result = await readBackupFile({ size: 300 * 1024 * 1024, text: async () => ((read = true), '') });
    expect(result).toEqual({ ok: false, error: 'This file is 300 MB; a backup is at most 100 MB. Nothing was changed.' });
    expect(read).toBe(false);
  });

  it('accepts a good file, with or without a byte-order mark', () => {
    expect(parseBackupText(goodText).ok).toBe(true);
    expect(parseBackupText(`\ufeff${goodText}`).ok).toBe(true);
  });
});

describe('export, erase, import', () => {
  it('restores an identical database', async () => {
    await seed();
    const backup = await exportBackup(db, {});
    const before = await snapshot();
    await eraseDatabase(db);
    expect(await db.meetings.count()).toBe(0);
    const read = parseBackupText(JSON.stringify(backup));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = await planImport(db, read.backup);
    expect(plan.conflicts).toEqual([]);
    expect(plan.add).toEqual({ people: 2, meetings: 2, commitments: 1, questions: 1 });
    await applyImport(db, plan, new Set());
    expect(await snapshot()).toEqual(before);
    expect((await db.people.toArray()).map((person) => person.language)).toContain('es');
  });

  it('imports nothing twice: a second import finds everything the same', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await applyImport(db, await planImport(db, backup), new Set());
    const again = await planImport(db, backup);
    expect(again.writes).toEqual([]);
    expect(again.same).toEqual({ people: 1, meetings: 1, commitments: 1, questions: 1 });
  });

  it('never silently overwrites a newer local edit: it is a conflict, and the user chooses', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await applyImport(db, await planImport(db, backup), new Set());
    await saveNotes(db, 'm1', 'Edited here after the backup.', new Date('2026-04-01T10:00:00Z'));
    const plan = await planImport(db, backup);
    expect(plan.conflicts).toMatchObject([{ table: 'meetings', id: 'm1', label: 'Alex / Sam 1:1 (2026-03-05)' }]);

    await applyImport(db, plan, new Set());
    expect((await db.meetings.get('m1'))?.notes).toBe('Edited here after the backup.');
    await applyImport(db, plan, new Set([plan.conflicts[0]!.key]));
    expect((await db.meetings.get('m1'))?.notes).toBe('Private: energy low.');
  });

  it('takes a newer imported edit without asking', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await applyImport(db, await planImport(db, backup), new Set());
    const newer = structuredClone(backup);
    newer.data.meetings[0]!.notes = 'Newer, from the other computer.';
    newer.data.meetings[0]!.updatedAt = '2026-05-01T00:00:00.000Z';
    const plan = await planImport(db, newer);
    expect(plan.change.meetings).toBe(1);
    await applyImport(db, plan, new Set());
    expect((await db.meetings.get('m1'))?.notes).toBe('Newer, from the other computer.');
  });

  it('never takes a change stamped in the future on trust: it is a conflict (issue 17.11)', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await applyImport(db, await planImport(db, backup), new Set());
    const forged = structuredClone(backup);
    forged.data.meetings[0]!.notes = 'Stamped far ahead so that it always wins.';
    forged.data.meetings[0]!.updatedAt = '2099-01-01T00:00:00.000Z';
    const plan = await planImport(db, forged, new Date('2026-05-02T00:00:00Z'));
    expect(plan.change.meetings).toBe(0);
    expect(plan.conflicts.map((conflict) => conflict.table)).toEqual(['meetings']);
    await applyImport(db, plan, new Set());
    expect((await db.meetings.get('m1'))?.notes).toBe(backup.data.meetings[0]!.notes);
  });

  it('lets the backup replace a meeting nobody wrote into, without asking', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await openOccurrence(
      db,
      {
        key: backup.data.meetings[0]!.eventKey,
        seriesKey: 's',
        title: '1:1',
        start: '2026-03-05',
        counterpart: { email: 'sam.rivera@northwind.example' },
      },
      new Date('2026-06-01'),
    );
    const plan = await planImport(db, backup);
    expect(plan.conflicts).toEqual([]);
    expect(plan.change.meetings).toBe(1);
  });

  it('matches a person already here under another id by email, and what points at them follows', async () => {
    const here = await openOccurrence(db, {
      key: 'other',
      seriesKey: 'o',
      title: '1:1',
      start: '2026-02-01',
      counterpart: { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' },
    });
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    const plan = await planImport(db, backup);
    expect(plan.matched.people).toBe(1);
    await applyImport(db, plan, new Set(plan.conflicts.map((conflict) => conflict.key)));
    expect(await db.people.count()).toBe(1);
    expect((await db.meetings.get('m1'))?.personId).toBe(here.person.id);
    expect((await allCommitments(db)).find((commitment) => commitment.id === 'c1')?.personId).toBe(here.person.id);
  });

  it('writes all or nothing', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    await db.meetings.add({ ...backup.data.meetings[0]!, id: 'clash', personId: 'x' });
    const plan = await planImport(db, backup);
    // Force a write that breaks the unique calendar occurrence, after the people were written.
    plan.writes.push({ table: 'meetings', row: { ...backup.data.meetings[0]!, id: 'another' } });
    await expect(applyImport(db, plan, new Set())).rejects.toThrow();
    expect(await db.people.count()).toBe(0);
    expect(await allCommitments(db)).toEqual([]);
  });
});

describe('the Markdown export', () => {
  it('has a section per person with meetings, notes and commitments', async () => {
    const backup = (parseBackupText(goodText) as { backup: Backup }).backup;
    const markdown = backupToMarkdown(backup);
    expect(markdown).toContain('## Sam Rivera');
    expect(markdown).toContain('### Thu, 5 Mar 2026 · The Present');
    expect(markdown).toContain('Private: energy low.');
    expect(markdown).toContain('- [ ] Me: Share the promotion criteria (by 2026-03-13)');
  });
});
