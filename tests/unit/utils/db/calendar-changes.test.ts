// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import { followSeenEvent, personBrief, recordCancellation } from '@/utils/db/calendar-changes';
import { openOccurrence, wasHeld, type OccurrenceRef } from '@/utils/db/meetings';
import { summarise } from '@/utils/db/overview';
import { meetingStatusText } from '@/utils/rules/dates';
import { pruneEvents, rememberEvent } from '@/utils/db/events';

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`changes-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const sam = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
const occurrence = (day: number, extra: Partial<OccurrenceRef> = {}): OccurrenceRef => ({
  key: `outlook:item-${day}`,
  seriesKey: 'outlook:series:alex kim:alex / sam 1:1',
  title: 'Alex / Sam 1:1',
  start: `2026-03-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  counterpart: sam,
  ...extra,
});
const now = new Date('2026-03-20T12:00:00Z');

describe('cancellations from the delete warning', () => {
  it('marks the occurrence cancelled with its reason and time, creating it when it was never opened', async () => {
    const meeting = await recordCancellation(db, occurrence(12), { reason: '  Sam is ill  ', endedSeries: false }, now);
    expect(meeting).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Sam is ill',
      cancelledAt: now.toISOString(),
      start: '2026-03-12T09:00:00.000Z',
    });
    expect(meeting.endedSeries).toBeUndefined();
    expect(meetingStatusText(meeting)).toBe('cancelled: “Sam is ill”');
  });

  it('says when the series ended, and keeps the notes already written', async () => {
    const { meeting } = await openOccurrence(db, occurrence(5), now);
    await db.meetings.update(meeting.id, { notes: 'Talked about on-call.' });
    const cancelled = await recordCancellation(db, occurrence(5), { endedSeries: true }, now);
    expect(cancelled).toMatchObject({ id: meeting.id, notes: 'Talked about on-call.', endedSeries: true });
    expect(meetingStatusText(cancelled)).toBe('cancelled, and the series ended here');
  });

  it('counts cancellations by when they happened, and tells the warning when you last met', async () => {
    await openOccurrence(db, occurrence(5), now);
    await recordCancellation(db, occurrence(12), { endedSeries: false }, now);
    const brief = await personBrief(db, { email: sam.email }, now);
    expect(brief).toEqual({
      known: true,
      lastStart: '2026-03-05T09:00:00.000Z',
      daysSinceLast: 15,
      cancelledLast90Days: 1,
      held: 1,
    });
    const later = new Date('2026-07-01T12:00:00Z');
    expect((await personBrief(db, { email: sam.email }, later)).cancelledLast90Days).toBe(0);
    expect(await personBrief(db, { email: 'nobody@northwind.example' }, now)).toEqual({ known: false, cancelledLast90Days: 0, held: 0 });
    // The occurrence being deleted is not "the last time you met".
    expect((await personBrief(db, { email: sam.email }, now, occurrence(5).key)).lastStart).toBeUndefined();
  });
});

describe('moves', () => {
  it('records a 1:1 whose time changed as moved, keeping its first time; a moved 1:1 still takes place', async () => {
    await openOccurrence(db, occurrence(5), new Date('2026-03-01T00:00:00Z'));
    await followSeenEvent(db, { ...occurrence(5), start: '2026-03-05T13:00:00.000Z' }, now);
    await followSeenEvent(db, { ...occurrence(5), start: '2026-03-06T13:00:00.000Z' }, now);
    const [meeting] = await db.meetings.toArray();
    expect(meeting).toMatchObject({ status: 'moved', movedFrom: '2026-03-05T09:00:00.000Z', start: '2026-03-06T13:00:00.000Z' });
    expect(wasHeld(meeting!, now)).toBe(true);
    expect(summarise({ id: meeting!.personId } as never, [meeting!], now).held).toBe(1);
    expect(meetingStatusText(meeting!)).toMatch(/^moved from Thu, 5 Mar 2026, \d\d:00$/);
  });

  it('ignores unsaved times from the edit page, unknown events, and cancelled meetings', async () => {
    await openOccurrence(db, occurrence(5), new Date('2026-03-01T00:00:00Z'));
    await followSeenEvent(db, { ...occurrence(5), start: '2026-03-05T15:00:00.000Z', editing: true }, now);
    expect((await db.meetings.toArray())[0]).toMatchObject({ status: 'scheduled', start: '2026-03-05T09:00:00.000Z' });
    await followSeenEvent(db, { ...occurrence(9), start: '2026-03-09T15:00:00.000Z' }, now);
    expect(await db.meetings.count()).toBe(1);
    await recordCancellation(db, occurrence(5), { endedSeries: false }, now);
    await followSeenEvent(db, { ...occurrence(5), start: '2026-03-05T16:00:00.000Z' }, now);
    expect((await db.meetings.toArray())[0]).toMatchObject({ status: 'cancelled' });
  });

  it('does not call the first real time of a meeting opened without one a move', async () => {
    const { meeting } = await openOccurrence(db, { ...occurrence(5), start: undefined }, now);
    await followSeenEvent(db, occurrence(5), now);
    expect(await db.meetings.get(meeting.id)).toMatchObject({ status: 'scheduled', start: '2026-03-05T09:00:00.000Z' });
  });
});

describe('a person first known by name learns their address from the calendar (Outlook 2026)', () => {
  const byTitle = { name: 'Sam' };
  it('"Sam" from the card’s title becomes "Sam Rivera" with the address the event form shows', async () => {
    const { person } = await openOccurrence(db, occurrence(5, { counterpart: byTitle }), now);
    expect(person.emails).toEqual([]);
    await followSeenEvent(db, { ...occurrence(5), oneOnOne: true, counterpart: sam }, now);
    expect(await db.people.get(person.id)).toMatchObject({ name: 'Sam Rivera', emails: [sam.email] });
  });

  it('never from an event that is no 1:1, another name, a second address, or an address someone else has', async () => {
    const { person } = await openOccurrence(db, occurrence(5, { counterpart: byTitle }), now);
    await followSeenEvent(db, { ...occurrence(5), oneOnOne: false, counterpart: sam }, now);
    await followSeenEvent(
      db,
      { ...occurrence(5), oneOnOne: true, counterpart: { name: 'Priya Natarajan', email: 'priya@northwind.example' } },
      now,
    );
    expect((await db.people.get(person.id))?.emails).toEqual([]);
    await openOccurrence(
      db,
      { ...occurrence(6), key: 'outlook:other', counterpart: { name: 'Sam Other', email: 'taken@northwind.example' } },
      now,
    );
    await followSeenEvent(
      db,
      { ...occurrence(5), oneOnOne: true, counterpart: { name: 'Sam Rivera', email: 'taken@northwind.example' } },
      now,
    );
    expect((await db.people.get(person.id))?.emails).toEqual([]);
    await followSeenEvent(db, { ...occurrence(5), oneOnOne: true, counterpart: sam }, now);
    await followSeenEvent(
      db,
      { ...occurrence(5), oneOnOne: true, counterpart: { name: 'Sam Rivera', email: 'second@northwind.example' } },
      now,
    );
    expect((await db.people.get(person.id))?.emails).toEqual([sam.email]);
  });
});

describe('the events table’s rule', () => {
  it('keeps what the calendar showed until 30 days after it starts, and never touches the notes', async () => {
    const seen = (key: string, start: string | undefined) =>
      rememberEvent(db, { key, seriesKey: 's', title: '1:1', ...(start ? { start } : {}), allDay: false, oneOnOne: true }, now);
    await seen('old', '2026-02-01T09:00:00.000Z');
    await seen('recent', '2026-03-01T09:00:00.000Z');
    await seen('coming', '2026-03-26T09:00:00.000Z');
    await openOccurrence(db, { ...occurrence(1), key: 'old' }, now);
    expect(await pruneEvents(db, now)).toBe(1);
    expect((await db.events.toArray()).map((event) => event.key).sort()).toEqual(['coming', 'recent']);
    expect(await db.meetings.where('eventKey').equals('old').count()).toBe(1);
  });
});

describe('what the calendar showed, told again by a chip', () => {
  it('keeps the video link and the person in full that the popover showed; takes the chip’s new time', async () => {
    const full = { key: 'k', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-03-12T09:00:00.000Z', allDay: false, oneOnOne: true };
    await rememberEvent(db, { ...full, videoLink: 'https://meet.google.com/sam-week-lyo', counterpart: sam }, now);
    await rememberEvent(db, { ...full, start: '2026-03-12T10:00:00.000Z', counterpart: { name: 'Sam' } }, now);
    expect(await db.events.get('k')).toMatchObject({
      start: '2026-03-12T10:00:00.000Z',
      meetingCode: 'sam-week-lyo',
      videoLink: 'https://meet.google.com/sam-week-lyo',
      counterpart: sam,
    });
    // Someone else named now: taken as it is.
    await rememberEvent(db, { ...full, counterpart: { name: 'Priya' } }, now);
    expect((await db.events.get('k'))?.counterpart).toEqual({ name: 'Priya' });
  });

  it('writes nothing when a 1:1 is seen again as it was the same day; its "last seen" moves on after a day', async () => {
    const full = { key: 'k', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-03-12T09:00:00.000Z', allDay: false, oneOnOne: true };
    const event = { ...full, videoLink: 'https://meet.google.com/sam-week-lyo', counterpart: sam };
    await rememberEvent(db, event, now);
    let writes = 0;
    const count = () => void writes++;
    db.events.hook('creating', count);
    db.events.hook('updating', count);
    // The popover's read, then the grid's chip (less known, the same otherwise), hours later.
    await rememberEvent(db, { ...event, counterpart: { ...sam } }, new Date(now.getTime() + 3 * 3600_000));
    await rememberEvent(db, { ...full, counterpart: { name: 'Sam' } }, new Date(now.getTime() + 4 * 3600_000));
    expect(writes).toBe(0);
    expect((await db.events.get('k'))?.seenAt).toBe(now.toISOString());
    // Changed: written at once.
    await rememberEvent(db, { ...event, title: 'Sam / Alex 1:1' }, new Date(now.getTime() + 5 * 3600_000));
    expect((await db.events.get('k'))?.title).toBe('Sam / Alex 1:1');
    // The same, a day later: "last seen" is refreshed.
    const nextDay = new Date(now.getTime() + 30 * 3600_000);
    await rememberEvent(db, { ...event, title: 'Sam / Alex 1:1' }, nextDay);
    expect((await db.events.get('k'))?.seenAt).toBe(nextDay.toISOString());
  });
});
