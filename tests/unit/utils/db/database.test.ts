import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CompanionDatabase } from '@/utils/db/database';
import { allCommitments } from '@/utils/db/commitments';
import { setEncryption } from '@/utils/crypto/middleware';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/db');

interface DatabaseFixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
  /** Records a later version's upgrade removes on purpose, by table and id (version 6: meetings merely opened). */
  removedByUpgrade?: Record<string, string[]>;
}

/**
 * The first release stored every 1:1 merely opened: its fixture holds one (Priya's, nothing
 * written), which version 6 removes. Said here, since a fixture is never edited.
 */
const REMOVED_FROM_VERSION_1 = { meetings: ['b4e2f0d3-6c7e-4f80-9bac-1d2e3f4a5b02'] };

const fixtures = readdirSync(FIXTURES)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as DatabaseFixture);

/** Writes a database the way an earlier version of the extension did. */
async function writeOld(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('the database schema', () => {
  it('opens at its latest version with the tables the product uses', async () => {
    const db = new CompanionDatabase('schema-test');
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['commitmentBooks', 'events', 'meetings', 'meta', 'people', 'questions']);
    await db.delete();
  });

  it('has a committed fixture for every earlier version', () => {
    expect(fixtures.map((fixture) => fixture.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
    'upgrades a version %i database with every record intact',
    async (version, fixture) => {
      const name = `upgrade-from-${version}`;
      await writeOld(name, fixture);
      const db = new CompanionDatabase(name);
      await db.open();
      for (const [table, rows] of Object.entries(fixture.tables)) {
        // Commitments are stored in books since version 7; read one by one, as the product does.
        const stored: unknown[] = table === 'commitments' ? await allCommitments(db) : await db.table(table).toArray();
        const removals: Record<string, string[]> = version === 1 ? REMOVED_FROM_VERSION_1 : (fixture.removedByUpgrade ?? {});
        const removed = new Set(removals[table] ?? []);
        const kept = rows.filter((row) => !removed.has(row.id as string));
        expect(stored).toHaveLength(kept.length);
        for (const row of kept) expect(stored).toContainEqual(expect.objectContaining(row));
        for (const id of removed) expect(stored.map((row) => (row as { id: string }).id)).not.toContain(id);
      }
      // What later versions added has its defaults.
      for (const meeting of await db.meetings.toArray()) {
        expect(Array.isArray(meeting.asked) && Array.isArray(meeting.topics)).toBe(true);
        expect(typeof meeting.feedbackAsked).toBe('boolean');
        // Shared notes arrived in version 3: older meetings start with none.
        if (version < 3) expect(meeting.shared).toBe('');
        else expect(typeof meeting.shared).toBe('string');
      }
      await db.delete();
    },
  );

  it('moves commitments into books as stored, sealed text sealed, even when a locked page opens the database first', async () => {
    const v6 = fixtures.find((fixture) => fixture.version === 6)!;
    const name = 'books-from-6';
    const made = { meetingId: 'm1', owner: 'me', createdAt: '2026-03-05T09:20:00.000Z', updatedAt: '2026-03-05T09:20:00.000Z' };
    // A sealed value's shape (utils/crypto/seal.ts) and the earlier "enc1:" format: neither can be opened here.
    const sealed = { sealed: 1, data: 'c2VhbGVk' };
    const rows = [
      { ...made, id: 'a', personId: 'p1', status: 'open', text: sealed },
      { ...made, id: 'b', personId: 'p1', status: 'done', text: 'enc1:bGVnYWN5' },
      { ...made, id: 'c', personId: 'p1', status: 'open', text: 'Plain' },
      { ...made, id: 'd', personId: 'p2', status: 'open', text: 'Plain too' },
    ];
    await writeOld(name, { ...v6, tables: { commitments: rows } });
    setEncryption(true, null);
    try {
      const db = new CompanionDatabase(name);
      await db.open();
      db.close();
    } finally {
      setEncryption(false, null);
    }
    const plain = new Dexie(name);
    await plain.open();
    const books = await plain.table('commitmentBooks').toArray();
    plain.close();
    await Dexie.delete(name);
    expect(books).toEqual([
      { personId: 'p1', status: 'done', items: [rows[1]] },
      { personId: 'p1', status: 'open', items: [rows[0], rows[2]] },
      { personId: 'p2', status: 'open', items: [rows[3]] },
    ]);
  });

  it('refuses two meetings for the same calendar occurrence', async () => {
    const db = new CompanionDatabase('unique-test');
    const meeting = {
      personId: 'p',
      seriesKey: 's',
      title: 't',
      start: '2026-03-05',
      status: 'scheduled' as const,
      notes: '',
      shared: '',
      version: 0,
      asked: [],
      feedbackAsked: false,
      topics: [],
      createdAt: '',
      updatedAt: '',
    };
    await db.meetings.add({ ...meeting, id: 'a', eventKey: 'k' });
    await expect(db.meetings.add({ ...meeting, id: 'b', eventKey: 'k' })).rejects.toBeInstanceOf(Dexie.ConstraintError);
    await db.delete();
  });
});
