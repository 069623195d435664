/** Across people: who is next, who has not been met for too long, and each person's numbers. */
import { differenceInCalendarDays, parseISO, subDays } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting, Person } from './records';
import { staleness, usualGapDays, type Staleness } from '../rules/commitments';

export interface Upcoming {
  person: Person;
  start: string;
}

/** How many recent 1:1s the popup reads per person. */
const RECENT = 9;

export interface PersonGlance {
  person: Person;
  lastStart?: string;
  nextStart?: string;
  staleness?: Staleness;
}

/**
 * Per person, from the [personId+start] index alone (no meeting records are
 * read, so this stays quick with years of history). Cancelled meetings are
 * not told apart here; the people page, which reads records, does.
 */
export async function glanceAtPeople(db: CompanionDatabase, now: Date): Promise<PersonGlance[]> {
  const people = await db.people.toArray();
  const nowIso = now.toISOString();
  const index = db.meetings.where('[personId+start]');
  return Promise.all(
    people.map(async (person) => {
      // One cursor from the newest start backwards: the next 1:1s (usually none or one), then the
      // recent ones. The usual gap is a median over recent 1:1s: the last few are enough.
      const newest = (await index
        .between([person.id, ''], [person.id, '\uffff'], true, true)
        .reverse()
        .limit(RECENT + 3)
        .keys()) as unknown as [string, string][];
      let starts = newest.map((key) => key[1]);
      let next = starts.filter((start) => start > nowIso).at(-1);
      // Many 1:1s already planned ahead: read the recent past and the very next on their own.
      if (starts.filter((start) => start <= nowIso).length < RECENT && starts.length === RECENT + 3) {
        const [recent, upcoming] = (await Promise.all([
          index.between([person.id, ''], [person.id, nowIso], true, true).reverse().limit(RECENT).keys(),
          index.between([person.id, nowIso], [person.id, '\uffff'], false, true).limit(1).keys(),
        ])) as unknown as [string, string][][];
        starts = (recent ?? []).map((key) => key[1]);
        next = upcoming?.[0]?.[1];
      }
      const held = starts.filter((start) => start <= nowIso).reverse();
      const glance: PersonGlance = { person };
      const last = held.at(-1);
      const stale = staleness(held, now);
      if (last) glance.lastStart = last;
      if (next) glance.nextStart = next;
      if (stale) glance.staleness = stale;
      return glance;
    }),
  );
}

export interface PersonSummary extends PersonGlance {
  held: number;
  usualGap?: number;
  cancelledLast90Days: number;
  feedbackAsked: number;
}

/** The people page's numbers for one person, from their meeting records (newest first or any order). */
export function summarise(person: Person, meetings: readonly Meeting[], now: Date): PersonSummary {
  const nowIso = now.toISOString();
  const sorted = [...meetings].sort((a, b) => a.start.localeCompare(b.start));
  const held = sorted.filter((meeting) => meeting.status !== 'cancelled' && meeting.start <= nowIso);
  const since = subDays(now, 90);
  const summary: PersonSummary = {
    person,
    held: held.length,
    // Counted by when it was cancelled (older records knew only the meeting's own date).
    cancelledLast90Days: sorted.filter(
      (meeting) => meeting.status === 'cancelled' && differenceInCalendarDays(parseISO(meeting.cancelledAt ?? meeting.start), since) >= 0,
    ).length,
    feedbackAsked: held.filter((meeting) => meeting.feedbackAsked).length,
  };
  const last = held.at(-1)?.start;
  const next = sorted.find((meeting) => meeting.status !== 'cancelled' && meeting.start > nowIso)?.start;
  const gap = usualGapDays(held.map((meeting) => meeting.start));
  const stale = staleness(
    held.map((meeting) => meeting.start),
    now,
  );
  if (last) summary.lastStart = last;
  if (next) summary.nextStart = next;
  if (gap !== undefined) summary.usualGap = gap;
  if (stale) summary.staleness = stale;
  return summary;
}
