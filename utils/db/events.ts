import { subDays } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { SeenEventRecord } from './records';
import type { SeenEvent } from '../protocol/messaging';
import { meetingCodeOf } from '../sites/calls/meeting-code';

/** Remembers a 1:1 the calendar showed, for matching the call it becomes. */
export async function rememberEvent(db: CompanionDatabase, event: SeenEvent, now = new Date()): Promise<void> {
  const record: SeenEventRecord = { ...event, seenAt: now.toISOString() };
  const code = event.videoLink ? meetingCodeOf(event.videoLink) : undefined;
  if (code) record.meetingCode = code;
  await db.events.put(record);
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
