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
