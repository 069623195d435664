/**
 * What the calendar pages tell the background about 1:1s: one was deleted
 * after the warning, one moved, and what the warning needs to say about the
 * person. Never a note crosses: the warning gets dates and counts.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting } from './records';
import type { PersonBriefAnswer } from '../protocol/messaging';
import { followCalendar, learnAddress, meetingsWith, openOccurrence, withMeeting, type OccurrenceRef } from './meetings';
import { findPerson, type PersonRef } from './people';
import { summarise } from './overview';
import { LockedError } from '../crypto/middleware';

export interface CancellationDetails {
  reason?: string;
  /** "This and following" or "All events": the regular 1:1s end here. */
  endedSeries: boolean;
}

/** Marks the occurrence cancelled (creating its record if the user never opened it). */
export async function recordCancellation(
  db: CompanionDatabase,
  ref: OccurrenceRef,
  details: CancellationDetails,
  now = new Date(),
): Promise<Meeting> {
  const { meeting } = await openOccurrence(db, { ...ref, editing: true }, now);
  return withMeeting(db, meeting.id, async (current) => {
    const changes: Partial<Meeting> = { status: 'cancelled', cancelledAt: now.toISOString(), updatedAt: now.toISOString() };
    const reason = details.reason?.trim().slice(0, 500);
    if (reason) changes.cancelReason = reason;
    if (details.endedSeries) changes.endedSeries = true;
    try {
      await db.meetings.update(current.id, changes);
    } catch (error) {
      // Notes locked (encryption on, no key in this session): the reason cannot be sealed, and is
      // never stored plain. The cancellation itself still counts.
      if (!(error instanceof LockedError) || !changes.cancelReason) throw error;
      delete changes.cancelReason;
      await db.meetings.update(current.id, changes);
    }
    return { ...current, ...changes };
  });
}

/** The calendar showed a known 1:1 at a new time: recorded as moved. Unknown ones are left alone. */
export async function followSeenEvent(
  db: CompanionDatabase,
  seen: Pick<OccurrenceRef, 'key' | 'title' | 'start' | 'end' | 'editing'> & { oneOnOne?: boolean; counterpart?: PersonRef },
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.meetings, db.people, async () => {
    const meeting = await db.meetings.where('eventKey').equals(seen.key).first();
    if (!meeting) return;
    await followCalendar(db, meeting, seen, now);
    if (seen.oneOnOne && seen.counterpart) await learnAddress(db, meeting.personId, seen.counterpart, now);
  });
}

/**
 * What the delete warning says about the person: when you last met, how many 1:1s were
 * cancelled lately. The days are counted here, so the content script needs no date library.
 */
export type PersonBrief = PersonBriefAnswer;

export async function personBrief(
  db: CompanionDatabase,
  ref: PersonRef,
  now = new Date(),
  /** The occurrence being deleted: "when you last met" is before it, whatever its date. */
  exceptKey?: string,
): Promise<PersonBrief> {
  const person = await findPerson(db, ref);
  if (!person) return { known: false, cancelledLast90Days: 0, held: 0 };
  const meetings = (await meetingsWith(db, person.id)).filter((meeting) => meeting.eventKey !== exceptKey);
  const summary = summarise(person, meetings, now);
  // Never the stored name: the calendar page asked with the name it shows, and learns nothing more.
  const brief: PersonBrief = { known: true, cancelledLast90Days: summary.cancelledLast90Days, held: summary.held };
  if (summary.lastStart) {
    brief.lastStart = summary.lastStart;
    brief.daysSinceLast = differenceInCalendarDays(now, parseISO(summary.lastStart));
  }
  return brief;
}
