import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CompanionDatabase } from '@/utils/db/database';

describe('the database schema', () => {
  it('opens at its latest version with the tables the product uses', async () => {
    const db = new CompanionDatabase('schema-test');
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['meetings', 'people']);
    await db.delete();
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
      version: 0,
      createdAt: '',
      updatedAt: '',
    };
    await db.meetings.add({ ...meeting, id: 'a', eventKey: 'k' });
    await expect(db.meetings.add({ ...meeting, id: 'b', eventKey: 'k' })).rejects.toBeInstanceOf(Dexie.ConstraintError);
    await db.delete();
  });
});
