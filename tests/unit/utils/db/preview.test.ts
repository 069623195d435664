/**
 * Issue 17.7: a panel's URL is the calendar page's to write. Showing an occurrence
 * stores nothing, cannot mark a meeting moved, and a counterpart that is not the
 * stored person's shows a notice instead of their notes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import { openOccurrence, previewOccurrence, saveNotes, type OccurrenceRef } from '@/utils/db/meetings';
import { addCommitment } from '@/utils/db/commitments';
import { addTopic } from '@/utils/db/plan';

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`preview-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const sam = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
const occurrence = (day: number, extra: Partial<OccurrenceRef> = {}): OccurrenceRef => ({
  key: `google-calendar:abc/202603${String(day).padStart(2, '0')}T090000Z`,
  seriesKey: 'google-calendar:abc',
  title: 'Alex / Sam 1:1',
  start: `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  counterpart: sam,
  ...extra,
});
const counts = async () => ({ people: await db.people.count(), meetings: await db.meetings.count() });

describe('showing an occurrence', () => {
  it('stores nobody and no meeting, however many a page forges', async () => {
    for (let index = 0; index < 300; index++) {
      const shown = await previewOccurrence(
        db,
        occurrence(1, { key: `forged-${index}`, counterpart: { email: `p${index}@evil.example` } }),
      );
      expect(shown.kind).toBe('pending');
    }
    expect(await counts()).toEqual({ people: 0, meetings: 0 });
  });

  it('stores the person and the meeting with the first edit, once', async () => {
    const shown = await previewOccurrence(db, occurrence(5));
    if (shown.kind !== 'pending') throw new Error('expected a meeting not stored yet');
    await saveNotes(db, shown.meeting.id, 'First words');
    expect(await counts()).toEqual({ people: 1, meetings: 1 });
    const again = await previewOccurrence(db, occurrence(5));
    expect(again.kind).toBe('stored');
    expect(again.kind !== 'mismatch' && again.meeting.notes).toBe('First words');
    expect(again.kind !== 'mismatch' && again.person.emails).toEqual([sam.email]);
  });

  it('a person shown by name first (Outlook 2026: the title) takes the address shown next (the event form), keeping its id', async () => {
    const byTitle = await previewOccurrence(db, occurrence(5, { counterpart: { name: 'Sam' } }));
    const byForm = await previewOccurrence(db, occurrence(5));
    if (byTitle.kind !== 'pending' || byForm.kind !== 'pending') throw new Error('expected pending');
    expect(byForm.person).toMatchObject({ id: byTitle.person.id, name: 'Sam Rivera', emails: [sam.email] });
    // Someone else named by the next page is not taken for them.
    const other = await previewOccurrence(db, occurrence(5, { counterpart: { name: 'Priya', email: 'priya@northwind.example' } }));
    expect(other.kind === 'pending' && other.person.name).toBe('Sam Rivera');
    await saveNotes(db, byForm.meeting.id, 'First words');
    expect(await db.people.toArray()).toMatchObject([{ id: byTitle.person.id, emails: [sam.email] }]);
  });

  it('a commitment or a topic is a first edit too', async () => {
    const first = await previewOccurrence(db, occurrence(5));
    if (first.kind !== 'pending') throw new Error('expected pending');
    await addCommitment(db, { personId: first.person.id, meetingId: first.meeting.id }, { text: 'Send the doc', owner: 'me' });
    expect(await counts()).toEqual({ people: 1, meetings: 1 });
    const second = await previewOccurrence(db, occurrence(12));
    if (second.kind !== 'pending') throw new Error('expected pending');
    await addTopic(db, second.meeting.id, 'Career');
    expect(await counts()).toEqual({ people: 1, meetings: 2 });
  });

  it('cannot mark a stored meeting moved, nor retitle it', async () => {
    const { meeting } = await openOccurrence(db, occurrence(5));
    await previewOccurrence(db, occurrence(5, { start: '2026-03-06T15:00:00.000Z', title: 'Forged' }));
    const stored = await db.meetings.get(meeting.id);
    expect(stored).toMatchObject({ status: 'scheduled', start: '2026-03-05T09:00:00.000Z', title: 'Alex / Sam 1:1' });
  });

  it('names someone else for a stored meeting: a notice, not the notes', async () => {
    const { meeting } = await openOccurrence(db, occurrence(5));
    await saveNotes(db, meeting.id, 'Private about Sam');
    const forged = await previewOccurrence(db, occurrence(5, { counterpart: { name: 'Eve', email: 'eve@evil.example' } }));
    expect(forged).toEqual({ kind: 'mismatch', storedName: 'Sam Rivera', calendarName: 'Eve' });
    // The same person named by the title only is still the same person.
    expect((await previewOccurrence(db, occurrence(5, { counterpart: { name: 'Sam' } }))).kind).toBe('stored');
  });
});
