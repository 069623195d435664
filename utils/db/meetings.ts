import { isAfter } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting, Person } from './records';
import { findOrCreatePerson, findPerson, nameBeginsWith, nameKeyOf, newPerson, type PersonRef } from './people';
import { cleanName } from '../rules/plain-text';
import { mergeConcurrent } from '../rules/merge-notes';
import { MeetingGoneError } from './errors';

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
    const meeting = newMeeting(ref, crypto.randomUUID(), person.id, now);
    await db.meetings.add(meeting);
    return { person, meeting };
  });
}

/** A meeting record of an occurrence, with nothing written in it yet. */
export function newMeeting(ref: OccurrenceRef, id: string, personId: string, now: Date): Meeting {
  return {
    id,
    personId,
    eventKey: ref.key,
    seriesKey: ref.seriesKey,
    title: ref.title,
    start: ref.start ?? now.toISOString(),
    ...(ref.end ? { end: ref.end } : {}),
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

/**
 * Occurrences a panel shows but nobody has written to yet (issue 17.7). A panel's URL
 * is the calendar page's to write, so showing one creates nothing: the person and the
 * meeting are made by the first write that needs them (withMeeting, ensureOccurrence).
 * Kept in this page's memory only.
 */
interface Pending {
  ref: OccurrenceRef;
  meeting: Meeting;
  /** The person to create with it, when nobody by that address or name is stored yet. */
  person?: Person;
}
const pending = new Map<string, Pending>();

export type OccurrencePreview =
  | { kind: 'stored' | 'pending'; person: Person; meeting: Meeting }
  /** The stored notes of this occurrence are with someone else than the calendar names now. */
  | { kind: 'mismatch'; storedName: string; calendarName: string };

/**
 * What a panel shows for an occurrence, writing nothing: the stored meeting and person if
 * there are; else the person found by address or name (or a new one, not yet stored) and a
 * meeting to be created on the first edit. The calendar's title and times are followed by
 * the background, from what the calendar page itself reported; never from a panel's URL.
 */
export async function previewOccurrence(db: CompanionDatabase, ref: OccurrenceRef, now = new Date()): Promise<OccurrencePreview> {
  return db.transaction('r', db.people, db.meetings, db.events, async () => {
    const existing = await db.meetings.where('eventKey').equals(ref.key).first();
    const stored = existing ? await db.people.get(existing.personId) : undefined;
    if (existing && stored) {
      if (!sameSomeone(stored, ref.counterpart)) {
        return { kind: 'mismatch', storedName: stored.name, calendarName: ref.counterpart.name ?? ref.counterpart.email ?? '' };
      }
      return { kind: 'stored', person: stored, meeting: existing };
    }
    const waiting = pending.get(occurrenceId(ref.key));
    const named = await withKnownAddress(db, ref.counterpart);
    const found = await findPerson(db, named);
    const person = found ?? (waiting?.person ? betterKnown(waiting.person, named, now) : newPerson(named, now));
    // The same id in every view that shows it before it is stored: their first edits meet in one record.
    const meeting: Meeting = waiting?.meeting ?? newMeeting(ref, occurrenceId(ref.key), person.id, now);
    pending.set(meeting.id, { ref, meeting: { ...meeting, personId: person.id }, ...(found ? {} : { person }) });
    return { kind: 'pending', person, meeting: { ...meeting, personId: person.id } };
  });
}

/**
 * The pending person of an occurrence, told more by the calendar since (Outlook's 2026 card
 * names "Sam" from the title; the event form, "Sam Rivera" with an address): the same id,
 * so edits made meanwhile meet in one record, with what is now known.
 */
function betterKnown(person: Person, ref: PersonRef, now: Date): Person {
  if (!sameSomeone(person, ref)) return person;
  const fresh = newPerson(ref, now);
  const knowsMore = (fresh.emails.length > 0 && person.emails.length === 0) || fresh.nameKey.length > person.nameKey.length;
  return knowsMore ? { ...fresh, id: person.id, createdAt: person.createdAt } : person;
}

/**
 * A person named without an address (a call's title, a calendar title with no guest list)
 * gets the address the calendar page showed for a 1:1 with that name, if it did.
 */
async function withKnownAddress(db: CompanionDatabase, ref: PersonRef): Promise<PersonRef> {
  if (ref.email || !ref.name) return ref;
  const name = nameKeyOf(cleanName(ref.name));
  const seen = await db.events
    .filter((event) => event.oneOnOne && !!event.counterpart?.email && nameKeyOf(event.counterpart.name ?? '') === name)
    .first();
  return seen?.counterpart?.email ? { ...ref, email: seen.counterpart.email } : ref;
}

/**
 * A meeting's id from its calendar key (a 128-bit hash, written as a UUID): every view that
 * shows an occurrence before it is stored gives it the same id.
 */
export function occurrenceId(key: string): string {
  let h1 = 0x6a09e667,
    h2 = 0xbb67ae85,
    h3 = 0x3c6ef372,
    h4 = 0xa54ff53a;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((part) => (part >>> 0).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Remembers the plan (focus, questions on offer) of a meeting only shown so far: it is stored with it. */
export function planPending(meetingId: string, plan: Pick<Meeting, 'focus' | 'suggested'>): boolean {
  const entry = pending.get(meetingId);
  if (!entry) return false;
  entry.meeting = { ...entry.meeting, ...plan };
  return true;
}

/** Whether a stored person is the one the calendar names: by address when both have one, else by name. */
/**
 * A person stored without an address (Outlook's 2026 card names them only in the title)
 * learns it when the calendar shows the same 1:1 with the same name and an address (its
 * event form): "Sam" becomes "Sam Rivera <sam@…>". Never a second address, never an
 * address someone else has, never a different name. Call inside a transaction on people.
 */
export async function learnAddress(db: CompanionDatabase, personId: string, ref: PersonRef, now: Date): Promise<void> {
  const email = ref.email?.trim().toLowerCase();
  const person = await db.people.get(personId);
  if (!email || !ref.name || !person || person.emails.length > 0 || !sameSomeone(person, ref)) return;
  if (await db.people.where('emails').equals(email).first()) return;
  const name = cleanName(ref.name);
  const fuller = nameKeyOf(name).length > person.nameKey.length ? { name, nameKey: nameKeyOf(name) } : {};
  await db.people.update(person.id, { emails: [email], ...fuller, updatedAt: now.toISOString() });
}

function sameSomeone(person: Person, ref: PersonRef): boolean {
  const email = ref.email?.trim().toLowerCase();
  if (email && person.emails.length > 0) return person.emails.includes(email);
  const name = ref.name ? nameKeyOf(cleanName(ref.name)) : '';
  if (!name) return true;
  // A title names "Sam"; the guest list "Sam Rivera": the same person.
  const [shorter, longer] = name.length <= person.nameKey.length ? [name, person.nameKey] : [person.nameKey, name];
  return nameBeginsWith(longer, shorter);
}

/** Stores a pending occurrence (and its new person). Call inside a transaction on people and meetings. */
async function createPending(db: CompanionDatabase, entry: Pending): Promise<Meeting> {
  const person = entry.person ? await findOrCreateWithId(db, entry.person) : await db.people.get(entry.meeting.personId);
  const taken = await db.meetings.where('eventKey').equals(entry.ref.key).first();
  if (taken) return taken;
  const meeting = { ...entry.meeting, personId: person?.id ?? entry.meeting.personId };
  await db.meetings.add(meeting);
  pending.delete(meeting.id);
  return meeting;
}

/** The pending person, unless someone by that address or name was stored meanwhile (another tab). */
async function findOrCreateWithId(db: CompanionDatabase, person: Person): Promise<Person> {
  const found = await findPerson(db, { email: person.emails[0], name: person.nameGuessed ? undefined : person.name });
  if (found) return found;
  await db.people.add(person);
  return person;
}

/**
 * Makes sure a meeting (or the person of one) a panel shows is stored, before a write that
 * refers to it: a commitment, the person's cadence. A stored one is left as it is.
 */
export async function ensureOccurrence(db: CompanionDatabase, ids: { meetingId?: string; personId?: string }): Promise<void> {
  const entry =
    (ids.meetingId ? pending.get(ids.meetingId) : undefined) ??
    [...pending.values()].find((candidate) => ids.personId !== undefined && candidate.meeting.personId === ids.personId);
  if (!entry) return;
  await db.transaction('rw', db.people, db.meetings, () => createPending(db, entry));
}

/**
 * Runs `work` on a meeting inside one read-write transaction. A meeting a panel shows but
 * nobody has written to yet is stored first (see `pending`); one that is gone is an error,
 * never recreated.
 */
export function withMeeting<T>(db: CompanionDatabase, meetingId: string, work: (meeting: Meeting) => Promise<T>): Promise<T> {
  return db.transaction('rw', db.meetings, db.people, async () => {
    let meeting = await db.meetings.get(meetingId);
    const waiting = pending.get(meetingId);
    if (!meeting && waiting) meeting = await createPending(db, waiting);
    if (!meeting) throw new MeetingGoneError();
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
 * the side panel), both texts are kept (utils/rules/merge-notes.ts). Returns what is stored now.
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

/**
 * A 1:1 that is not on any calendar (a phone call, a walk): today's meeting with this person,
 * stored at once because the user asked for it, keyed `manual:` so no calendar page can name it.
 */
export async function startUnplannedOneOnOne(
  db: CompanionDatabase,
  person: Pick<Person, 'id' | 'name' | 'emails'>,
  now = new Date(),
): Promise<{ ref: OccurrenceRef; meeting: Meeting }> {
  const ref: OccurrenceRef = {
    key: `manual:${crypto.randomUUID()}`,
    seriesKey: `manual:${person.id}`,
    title: person.name,
    start: now.toISOString(),
    counterpart: { name: person.name, ...(person.emails[0] ? { email: person.emails[0] } : {}) },
  };
  return db.transaction('rw', db.people, db.meetings, async () => {
    const stored = await db.people.get(person.id);
    if (!stored) throw new MeetingGoneError();
    const meeting = newMeeting(ref, crypto.randomUUID(), stored.id, now);
    await db.meetings.add(meeting);
    return { ref, meeting };
  });
}

/**
 * "Start a 1:1 with …" typed or picked (the popup, the side panel): the stored person by that
 * address or name, else a new one, and today's meeting with them (startUnplannedOneOnOne).
 */
export async function startOneOnOneWith(
  db: CompanionDatabase,
  who: PersonRef,
  now = new Date(),
): Promise<{ ref: OccurrenceRef; meeting: Meeting }> {
  const person = await db.transaction('rw', db.people, () => findOrCreatePerson(db, who, now));
  return startUnplannedOneOnOne(db, person, now);
}
