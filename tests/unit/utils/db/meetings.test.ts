import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import { meetingsWith, openOccurrence, saveNotes, wasHeld, type OccurrenceRef, startUnplannedOneOnOne } from '@/utils/db/meetings';
import { findPerson, nameFromEmail } from '@/utils/db/people';
import { MeetingGoneError } from '@/utils/db/errors';
import { errorText } from '@/components/shared/error-text';

let db: CompanionDatabase;
let counter = 0;

beforeEach(() => {
  db = new CompanionDatabase(`test-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const occurrence = (day: number, extra: Partial<OccurrenceRef> = {}): OccurrenceRef => ({
  key: `google-calendar:abc/202603${String(day).padStart(2, '0')}T090000Z`,
  seriesKey: 'google-calendar:abc',
  title: 'Alex / Sam 1:1',
  start: `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  counterpart: { name: 'Sam Rivera', email: 'Sam.Rivera@northwind.example' },
  ...extra,
});

describe('people and meetings', () => {
  it('creates the person and the meeting on first sight, and finds them again', async () => {
    const first = await openOccurrence(db, occurrence(5));
    const again = await openOccurrence(db, occurrence(5));
    expect(again.person.id).toBe(first.person.id);
    expect(again.meeting.id).toBe(first.meeting.id);
    expect(first.person).toMatchObject({ name: 'Sam Rivera', emails: ['sam.rivera@northwind.example'] });
    expect(await db.people.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
  });

  it('finds the same person by email from another calendar, whatever the name says', async () => {
    const google = await openOccurrence(db, occurrence(5));
    const elsewhere = await openOccurrence(
      db,
      occurrence(12, {
        key: 'outlook:xyz',
        seriesKey: 'outlook:xyz',
        counterpart: { name: 'Rivera, Sam', email: 'sam.rivera@northwind.example' },
      }),
    );
    expect(elsewhere.person.id).toBe(google.person.id);
    expect(elsewhere.person.name).toBe('Sam Rivera');
  });

  it('finds a person known only by name', async () => {
    const first = await openOccurrence(db, occurrence(5, { counterpart: { name: 'Jordan' } }));
    const second = await openOccurrence(db, occurrence(12, { counterpart: { name: ' jordan ' } }));
    expect(second.person.id).toBe(first.person.id);
  });

  it('makes a readable name from an address when the calendar gave none, and takes the real one later', async () => {
    expect(nameFromEmail('sam.rivera@northwind.example')).toBe('Sam Rivera');
    await openOccurrence(db, occurrence(5, { counterpart: { email: 'sam_lee@northwind.example' } }));
    await openOccurrence(db, occurrence(12, { counterpart: { name: 'Samantha Lee', email: 'sam_lee@northwind.example' } }));
    expect((await findPerson(db, { email: 'sam_lee@northwind.example' }))?.name).toBe('Samantha Lee');
  });

  it('makes one person and one meeting when two tabs open the same 1:1 at once', async () => {
    const results = await Promise.all([
      openOccurrence(db, occurrence(5)),
      openOccurrence(db, occurrence(5)),
      openOccurrence(db, occurrence(5)),
    ]);
    expect(new Set(results.map((result) => result.meeting.id)).size).toBe(1);
    expect(await db.people.count()).toBe(1);
    expect(await db.meetings.count()).toBe(1);
  });

  it('follows the calendar when an occurrence moves', async () => {
    await openOccurrence(db, occurrence(5));
    const moved = await openOccurrence(db, occurrence(5, { start: '2026-03-06T14:00:00.000Z', title: 'Alex / Sam 1:1 (moved)' }));
    expect(moved.meeting).toMatchObject({ start: '2026-03-06T14:00:00.000Z', title: 'Alex / Sam 1:1 (moved)' });
  });

  it('saves notes with a version that goes up on every change, and not on a no-op', async () => {
    const { meeting } = await openOccurrence(db, occurrence(5));
    expect(await saveNotes(db, meeting.id, 'first')).toBe(1);
    expect(await saveNotes(db, meeting.id, 'second')).toBe(2);
    expect(await saveNotes(db, meeting.id, 'second')).toBe(2);
    expect((await db.meetings.get(meeting.id))?.notes).toBe('second');
  });

  it('refuses to save into a meeting that is gone, rather than inventing one', async () => {
    const refused = await saveNotes(db, 'missing', 'text').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MeetingGoneError);
    expect(errorText(refused)).toBe('This meeting is no longer in the database.');
  });

  it("lists a person's meetings newest first", async () => {
    const { person } = await openOccurrence(db, occurrence(5));
    await openOccurrence(db, occurrence(19));
    await openOccurrence(db, occurrence(12));
    await openOccurrence(db, occurrence(12, { key: 'other', counterpart: { email: 'priya@northwind.example' } }));
    const starts = (await meetingsWith(db, person.id)).map((meeting) => meeting.start.slice(0, 10));
    expect(starts).toEqual(['2026-03-19', '2026-03-12', '2026-03-05']);
  });

  it('counts a meeting as held once its time has come, unless cancelled or moved', async () => {
    const { meeting } = await openOccurrence(db, occurrence(12));
    expect(wasHeld(meeting, new Date('2026-03-12T08:59:00Z'))).toBe(false);
    expect(wasHeld(meeting, new Date('2026-03-12T09:00:00Z'))).toBe(true);
    expect(wasHeld({ ...meeting, status: 'cancelled' }, new Date('2026-04-01'))).toBe(false);
  });
});

describe('a 1:1 not on any calendar', () => {
  it('is stored at once as today’s meeting with the person, under a key no calendar page can name', async () => {
    const { person } = await openOccurrence(db, occurrence(5));
    const at = new Date('2026-03-20T15:00:00Z');
    const { ref, meeting } = await startUnplannedOneOnOne(db, person, at);
    expect(ref.key).toMatch(/^manual:[0-9a-f-]{36}$/);
    expect(await db.meetings.get(meeting.id)).toMatchObject({
      personId: person.id,
      start: at.toISOString(),
      status: 'scheduled',
      eventKey: ref.key,
    });
    // Two of them on one day are two meetings.
    const second = await startUnplannedOneOnOne(db, person, at);
    expect(second.ref.key).not.toBe(ref.key);
    await expect(startUnplannedOneOnOne(db, { id: 'nobody', name: 'Nobody', emails: [] }, at)).rejects.toBeInstanceOf(MeetingGoneError);
  });
});
