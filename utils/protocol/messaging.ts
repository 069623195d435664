/**
 * The one protocol between content scripts, extension pages and the
 * background: sending, and what each request is answered with. Types only
 * besides (content scripts import this, and must stay small); the background
 * parses every message with the zod schemas of utils/protocol/message-schemas.ts,
 * the source of the messages' types, and ignores anything else.
 */
import { browser } from 'wxt/browser';
import type { CalendarSettings } from './calendar-settings';
import type { Message, MessageType } from './message-schemas';
import type { BackupOutcome } from '../backup/auto-backup-state';

// The shapes are the schemas' (one source of truth); types only, so no content script loads zod.
export type { CallState, Message, MessageType, OccurrenceMessage, SeenEvent } from './message-schemas';

/** What the delete warning shows about the person (utils/db/calendar-changes.ts). */
export interface PersonBriefAnswer {
  known: boolean;
  lastStart?: string;
  /** Calendar days from the last 1:1 to today. */
  daysSinceLast?: number;
  cancelledLast90Days: number;
  held: number;
}

/** What each request is answered with; every other message is answered `{ ok }` (or nothing, when refused). */
export interface Replies {
  'person-brief': PersonBriefAnswer;
  'calendar-settings': CalendarSettings;
  'backup-now': BackupOutcome;
}
export type ReplyTo<T extends MessageType> = T extends keyof Replies ? Replies[T] : { ok: boolean };

/** Tells the background; never fails the caller (the worker may be starting or gone). */
export async function tellBackground(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // Nothing to do: each sender repeats what matters (alarms recount, pages report again).
  }
}

/**
 * Asks the background; the request decides the reply's type. Undefined when it cannot
 * answer (starting, gone, or refusing the message).
 */
export async function askBackground<M extends Message>(message: M): Promise<ReplyTo<M['type']> | undefined> {
  try {
    const reply: ReplyTo<M['type']> | undefined = await browser.runtime.sendMessage(message);
    return reply;
  } catch {
    return undefined;
  }
}
