import { isAfter } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting, Person } from './records';
import { findOrCreatePerson, type PersonRef } from './people';
import { mergeConcurrent } from '../merge-notes';
import { i18n } from '#i18n';

/** The occurrence a calendar page asked us to show. */
export interface OccurrenceRef {
  key: string;
  seriesKey: string;
  title: string;
  start?: string;
  end?: string;
  counterpart: PersonRef;
  /** Read from the calendar's edit page, where the times are the user's unsaved typing: not followed. */
  editing?: boolean;
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
      if (person) return { person, meeting: await followCalendar(db, existing, ref, now) };
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

/**
 * The calendar is the source of truth for title and time: follow it. A 1:1
 * whose time changed was moved, not cancelled: it keeps the first time it had,
 * so the history can tell the two apart.
 */
export async function followCalendar(
  db: CompanionDatabase,
  meeting: Meeting,
  ref: Pick<OccurrenceRef, 'title' | 'start' | 'end' | 'editing'>,
  now: Date,
): Promise<Meeting> {
  if (ref.editing) return meeting;
  const changes: Partial<Meeting> = {};
  if (ref.title && ref.title !== meeting.title) changes.title = ref.title;
  if (ref.start && ref.start !== meeting.start) {
    changes.start = ref.start;
    if (isMove(meeting, ref.start)) {
      changes.status = 'moved';
      changes.movedFrom = meeting.movedFrom ?? meeting.start;
      changes.movedAt = now.toISOString();
    }
  }
  if (ref.end && ref.end !== meeting.end) changes.end = ref.end;
  if (Object.keys(changes).length === 0) return meeting;
  changes.updatedAt = now.toISOString();
  await db.meetings.update(meeting.id, changes);
  return { ...meeting, ...changes };
}

/**
 * A new start is a move when the old one came from the calendar (not the
 * placeholder "now" of a meeting opened without a time), both are the same
 * kind (two instants, or two all-day dates), and the meeting was not cancelled.
 */
function isMove(meeting: Meeting, start: string): boolean {
  if (meeting.status === 'cancelled' || meeting.start === meeting.createdAt) return false;
  return meeting.start.includes('T') === start.includes('T');
}

export type NotesField = 'notes' | 'shared';

/** Runs `work` on a meeting inside one read-write transaction; a meeting that is gone is an error, never recreated. */
export function withMeeting<T>(db: CompanionDatabase, meetingId: string, work: (meeting: Meeting) => Promise<T>): Promise<T> {
  return db.transaction('rw', db.meetings, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(i18n.t('person.meetingGone'));
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
): Promise<{ stored: string; merged: boolean; version: number }> {
  return withMeeting(db, meetingId, async (meeting) => {
    const theirs = meeting[field] ?? '';
    const stored = mergeConcurrent(base, theirs, text);
    const version = stored !== theirs ? await writeNotes(db, meeting, field, stored, now) : meeting.version;
    return { stored, merged: stored !== text, version };
  });
}

/** Every meeting with this person, newest first. */
export async function meetingsWith(db: CompanionDatabase, personId: string): Promise<Meeting[]> {
  const meetings = await db.meetings.where('[personId+start]').between([personId, ''], [personId, '\uffff']).toArray();
  return meetings.reverse();
}

/** A meeting takes place unless it was cancelled (a moved one takes place at its new time). */
export function takesPlace(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status !== 'cancelled';
}

/** A meeting was held when its time has come and it was not cancelled. */
export function wasHeld(meeting: Meeting, now: Date): boolean {
  return takesPlace(meeting) && !isAfter(new Date(meeting.start), now);
}
