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
}

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
    expect(db.verno).toBe(5);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['commitments', 'events', 'meetings', 'meta', 'people', 'questions']);
    await db.delete();
  });

  it('has a committed fixture for every earlier version', () => {
    expect(fixtures.map((fixture) => fixture.version).sort()).toEqual([1, 2, 3, 4]);
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
        expect(stored).toHaveLength(rows.length);
        for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
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
