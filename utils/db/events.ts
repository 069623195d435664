import { addMinutes, isAfter, parseISO, subDays, subHours } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { SeenEventRecord } from './records';
import type { SeenEvent } from '../protocol/messaging';
import { meetingCodeOf } from '../sites/calls/meeting-code';
import { nameBeginsWith, nameKeyOf } from './people';
import { sameData } from '../rules/same-data';

/**
 * Remembers a 1:1 the calendar showed, for matching the call it becomes. A chip knows less
 * than the popover read before it (no video link, the person only as the title names them):
 * what was known stays, and the chip's time, title and state are taken. Seen again as it was
 * (every load of the calendar reports its grid; opening a 1:1, its popover), nothing is
 * written: a write is a disk flush, and one as a 1:1 is opened held up the panel's first
 * read of the same tables by up to 100 ms (issue 25). "Last seen" only needs to be fresh to
 * the day for the 30-day rule.
 */
export async function rememberEvent(db: CompanionDatabase, event: SeenEvent, now = new Date()): Promise<void> {
  await db.transaction('rw', db.events, async () => {
    const known = await db.events.get(event.key);
    const record: SeenEventRecord = { ...event, seenAt: now.toISOString() };
    const code = event.videoLink ? meetingCodeOf(event.videoLink) : undefined;
    if (code) record.meetingCode = code;
    if (known) {
      if (!record.videoLink && known.videoLink) record.videoLink = known.videoLink;
      if (!record.meetingCode && known.meetingCode) record.meetingCode = known.meetingCode;
      if (known.counterpart && namesTheSame(known.counterpart, record.counterpart)) record.counterpart = known.counterpart;
      const seenWithinADay = known.seenAt > subDays(now, 1).toISOString();
      if (seenWithinADay && sameData({ ...known, seenAt: '' }, { ...record, seenAt: '' })) return;
    }
    await db.events.put(record);
  });
}

/** The person known before is the one named now, by a part of the name and no other address ("Sam" is "Sam Rivera <sam@…>"). */
function namesTheSame(known: { name?: string; email?: string }, now: { name?: string; email?: string } | undefined): boolean {
  if (!now) return true;
  if (now.email) return now.email === known.email;
  const name = now.name ? nameKeyOf(now.name) : '';
  const knownName = known.name ? nameKeyOf(known.name) : '';
  return !!knownName && (name === '' || nameBeginsWith(knownName, name));
}

/**
 * A 1:1 the calendar showed is no longer there (deleted elsewhere, without our warning): it goes
 * from the events table if it still has the start the page last showed (a move reported since
 * keeps it). Its meeting, if anything was written, is never touched.
 */
export async function forgetEvent(db: CompanionDatabase, key: string, start: string): Promise<boolean> {
  return db.transaction('rw', db.events, async () => {
    const known = await db.events.get(key);
    if (!known || known.start !== start) return false;
    await db.events.delete(key);
    return true;
  });
}

/** How long the calendar's 1:1s are kept after they start: long enough for a late call, never a history. */
export const KEEP_EVENTS_DAYS = 30;

/**
 * The events table's rule: a 1:1 the calendar showed is kept until 30 days after its start (one
 * with no start, 30 days after it was last seen). Run with the badge's alarm. Meetings (the
 * notes) are never touched here.
 */
export async function pruneEvents(db: CompanionDatabase, now = new Date()): Promise<number> {
  const before = subDays(now, KEEP_EVENTS_DAYS).toISOString();
  const old = await db.events.where('start').below(before).primaryKeys();
  const unseen = await db.events.filter((event) => !event.start && event.seenAt < before).primaryKeys();
  await db.events.bulkDelete([...old, ...unseen]);
  return old.length + unseen.length;
}

/**
 * The calendar's 1:1s that touch [from, to): recognised, timed, with a person, and not cancelled
 * since (the warning's record says so); soonest first. A 1:1 longer than 12 hours is no 1:1.
 */
export async function calendarOneOnOnes(db: CompanionDatabase, from: Date, to: Date): Promise<SeenEventRecord[]> {
  const events = await db.events
    .where('start')
    .between(subHours(from, 12).toISOString(), to.toISOString(), true, false)
    .filter((event) => event.oneOnOne && !event.allDay && !!event.counterpart && isAfter(endOf(event), from))
    .toArray();
  const cancelled = new Set(
    (
      await db.meetings
        .where('eventKey')
        .anyOf(events.map((event) => event.key))
        .toArray()
    )
      .filter((meeting) => meeting.status === 'cancelled')
      .map((meeting) => meeting.eventKey),
  );
  return events.filter((event) => !cancelled.has(event.key)).sort((a, b) => a.start!.localeCompare(b.start!));
}

/** How soon before its start a 1:1 counts as the one at hand (the side panel opens on it). */
export const ABOUT_TO_START_MINUTES = 5;

/** The 1:1 happening now, or about to start: the one that began last wins (the one before it ran over). */
export function happeningNow(events: readonly SeenEventRecord[], now: Date): SeenEventRecord | undefined {
  return events
    .filter(
      (event) => event.start && !isAfter(parseISO(event.start), addMinutes(now, ABOUT_TO_START_MINUTES)) && isAfter(endOf(event), now),
    )
    .at(-1);
}

/** When a 1:1 ends: its end, else half an hour after its start (a chip's label may leave the end out). */
function endOf(event: SeenEventRecord): Date {
  if (event.end) return parseISO(event.end);
  return addMinutes(parseISO(event.start!), 30);
}
