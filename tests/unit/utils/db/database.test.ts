import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CompanionDatabase } from '@/utils/db/database';

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
    expect(db.verno).toBe(6);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['commitments', 'events', 'meetings', 'meta', 'people', 'questions']);
    await db.delete();
  });

  it('has a committed fixture for every earlier version', () => {
    expect(fixtures.map((fixture) => fixture.version).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
    'upgrades a version %i database with every record intact',
    async (version, fixture) => {
      const name = `upgrade-from-${version}`;
      await writeOld(name, fixture);
      const db = new CompanionDatabase(name);
      await db.open();
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await db.table(table).toArray();
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
