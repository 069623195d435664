import { isAfter } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting, Person } from './records';
import { findOrCreatePerson, type PersonRef } from './people';
import { mergeConcurrent } from '../merge-notes';

/** The occurrence a calendar page asked us to show. */
export interface OccurrenceRef {
  key: string;
  seriesKey: string;
  title: string;
  start?: string;
  end?: string;
  counterpart: PersonRef;
}

/**
 * The person and the meeting record of an occurrence, created on first sight.
 * One read-write transaction, so two tabs opening the same 1:1 at once still
 * make one person and one meeting.
 */
export async function openOccurrence(
  db: CompanionDatabase,
  ref: OccurrenceRef,
  now = new Date(),
): Promise<{ person: Person; meeting: Meeting }> {
  return db.transaction('rw', db.people, db.meetings, async () => {
    const existing = await db.meetings.where('eventKey').equals(ref.key).first();
    if (existing) {
      const person = await db.people.get(existing.personId);
      if (person) return { person, meeting: await refresh(db, existing, ref, now) };
    }
    const person = await findOrCreatePerson(db, ref.counterpart, now);
    if (existing) {
      await db.meetings.update(existing.id, { personId: person.id });
      return { person, meeting: { ...existing, personId: person.id } };
    }
    const meeting: Meeting = {
      id: crypto.randomUUID(),
      personId: person.id,
      eventKey: ref.key,
      seriesKey: ref.seriesKey,
      title: ref.title,
      start: ref.start ?? now.toISOString(),
      status: 'scheduled',
      notes: '',
      shared: '',
      version: 0,
      asked: [],
      feedbackAsked: false,
      topics: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    if (ref.end) meeting.end = ref.end;
    await db.meetings.add(meeting);
    return { person, meeting };
  });
}

/** The calendar is the source of truth for title and time: follow it when it moved. */
async function refresh(db: CompanionDatabase, meeting: Meeting, ref: OccurrenceRef, now: Date): Promise<Meeting> {
  const changes: Partial<Meeting> = {};
  if (ref.title && ref.title !== meeting.title) changes.title = ref.title;
  if (ref.start && ref.start !== meeting.start) changes.start = ref.start;
  if (ref.end && ref.end !== meeting.end) changes.end = ref.end;
  if (Object.keys(changes).length === 0) return meeting;
  changes.updatedAt = now.toISOString();
  await db.meetings.update(meeting.id, changes);
  return { ...meeting, ...changes };
}

export type NotesField = 'notes' | 'shared';

/** Runs `work` on a meeting inside one read-write transaction; a meeting that is gone is an error, never recreated. */
export function withMeeting<T>(db: CompanionDatabase, meetingId: string, work: (meeting: Meeting) => Promise<T>): Promise<T> {
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error('This meeting is no longer in the database.');
    return work(meeting);
  });
}

/** Writes one notes field and bumps the meeting's version. Call inside `withMeeting`. */
async function writeNotes(db: CompanionDatabase, meeting: Meeting, field: NotesField, text: string, now: Date): Promise<number> {
  const version = meeting.version + 1;
  const changes: Partial<Meeting> = { version, notesUpdatedAt: now.toISOString(), updatedAt: now.toISOString() };
  changes[field] = text;
  await db.meetings.update(meeting.id, changes);
  return version;
}

/** Writes the private (`notes`) or shared notes of a meeting and bumps its version. Returns the new version. */
export async function saveNotes(
  db: CompanionDatabase,
  meetingId: string,
  text: string,
  now = new Date(),
  field: NotesField = 'notes',
): Promise<number> {
  return withMeeting(db, meetingId, async (meeting) =>
    (meeting[field] ?? '') === text ? meeting.version : writeNotes(db, meeting, field, text, now),
  );
}

/**
 * Saves notes typed over `base`: when someone else changed them meanwhile (another tab,
 * the side panel), both texts are kept (utils/merge-notes.ts). Returns what is stored now.
 */
export async function saveNotesOver(
  db: CompanionDatabase,
  meetingId: string,
  field: NotesField,
  text: string,
  base: string,
  now = new Date(),
): Promise<{ stored: string; merged: boolean }> {
  return withMeeting(db, meetingId, async (meeting) => {
    const theirs = meeting[field] ?? '';
    const stored = mergeConcurrent(base, theirs, text);
    if (stored !== theirs) await writeNotes(db, meeting, field, stored, now);
    return { stored, merged: stored !== text };
  });
}

/** Every meeting with this person, newest first. */
export async function meetingsWith(db: CompanionDatabase, personId: string): Promise<Meeting[]> {
  const meetings = await db.meetings.where('[personId+start]').between([personId, ''], [personId, '\uffff']).toArray();
  return meetings.reverse();
}

/** A meeting was held when its time has come and it was neither cancelled nor moved. */
export function wasHeld(meeting: Meeting, now: Date): boolean {
  return meeting.status === 'scheduled' && !isAfter(new Date(meeting.start), now);
}
