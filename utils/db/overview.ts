/** Across people: who is next, who has not been met for too long, and each person's numbers. */
import { differenceInCalendarDays, parseISO, subDays, subHours } from 'date-fns';
import type { CompanionDatabase } from './database';
import type { Meeting, Person, SeenEventRecord } from './records';
import { RHYTHM_HELD, staleness, usualGapDays, type Staleness } from '../rules/commitments';
import { nameBeginsWith, nameKeyOf, newPerson } from './people';

export interface Upcoming {
  person: Person;
  start: string;
}

export interface PersonGlance {
  person: Person;
  lastStart?: string;
  nextStart?: string;
  /** The next 1:1 as the calendar showed it, when it is on the calendar (its notes open from it). */
  nextEvent?: SeenEventRecord;
  /** Their topics still open in that next 1:1. */
  nextTopics?: number;
  /** Known only from the calendar: nobody by this name or address is stored yet. */
  calendarOnly?: true;
  staleness?: Staleness;
}

/** A calendar 1:1 is with this person: by address; with none, by name, the same or its first words ("Yuki" in a title is "Yuki Tanaka"). */
export function isWith(person: Pick<Person, 'emails' | 'nameKey'>, { counterpart }: Pick<SeenEventRecord, 'counterpart'>): boolean {
  if (counterpart?.email) return person.emails.includes(counterpart.email.toLowerCase());
  return !!counterpart?.name && nameBeginsWith(person.nameKey, nameKeyOf(counterpart.name));
}

/**
 * Per person: the last 1:1 held, the next one, and whether it has been too long. Reads the
 * newest few meetings of each (so this stays quick with years of history), and the 1:1s the
 * calendar has shown that are still to come (the events table): a 1:1 on the calendar is
 * the next one even before anyone wrote a word in it.
 */
export async function glanceAtPeople(db: CompanionDatabase, now: Date): Promise<PersonGlance[]> {
  const nowIso = now.toISOString();
  const [people, coming] = await Promise.all([
    db.people.toArray(),
    // Still to come, or happening now (begun in the last 12 hours and not over).
    db.events
      .where('start')
      .above(subHours(now, 12).toISOString())
      .filter(
        (event) => event.oneOnOne && !event.allDay && !!event.counterpart && (event.start! > nowIso || (!!event.end && event.end > nowIso)),
      )
      .toArray(),
  ]);
  // The stored meetings of those 1:1s, read once: one cancelled after the warning is no next one,
  // whatever the calendar showed before; one whose notes hold topics says how many.
  const storedOf = new Map(
    (
      await db.meetings
        .where('eventKey')
        .anyOf(coming.map((event) => event.key))
        .toArray()
    ).map((meeting) => [meeting.eventKey, meeting]),
  );
  const index = db.meetings.where('[personId+start]');
  const upcoming = coming
    .filter((event) => storedOf.get(event.key)?.status !== 'cancelled')
    .sort((a, b) => a.start!.localeCompare(b.start!));
  /** The first 1:1 the calendar shows with this person, by address or, with none, by name. */
  const nextOnCalendar = (person: Person) => upcoming.find((event) => isWith(person, event));
  const glances = await Promise.all(
    people.map(async (person) => {
      // The newest meetings first (the next 1:1s, usually none or one, then the recent ones); the
      // usual gap is a median over recent 1:1s, so the last few are enough. Records, not index keys:
      // a cancelled 1:1 is neither the next one nor one held.
      const inRange = (from: string, to: string, includeFrom = true) =>
        index.between([person.id, from], [person.id, to], includeFrom, true);
      const startsOf = (meetings: Meeting[]) =>
        meetings.filter((meeting) => meeting.status !== 'cancelled').map((meeting) => meeting.start);
      const newest = await inRange('', '\uffff')
        .reverse()
        .limit(RHYTHM_HELD + 3)
        .toArray();
      let starts = startsOf(newest);
      let next = starts.filter((start) => start > nowIso).at(-1);
      // Many 1:1s already planned ahead: read the recent past and the very next on their own.
      if (starts.filter((start) => start <= nowIso).length < RHYTHM_HELD && newest.length === RHYTHM_HELD + 3) {
        const [recent, upcoming] = await Promise.all([
          inRange('', nowIso)
            .reverse()
            .limit(RHYTHM_HELD + 3)
            .toArray(),
          inRange(nowIso, '\uffff', false)
            .filter((meeting) => meeting.status !== 'cancelled')
            .limit(1)
            .toArray(),
        ]);
        starts = startsOf(recent).slice(0, RHYTHM_HELD);
        next = upcoming[0]?.start;
      }
      const calendarNext = nextOnCalendar(person);
      if (calendarNext?.start && (!next || calendarNext.start <= next)) next = calendarNext.start;
      const held = starts
        .filter((start) => start <= nowIso)
        .reverse()
        .slice(-RHYTHM_HELD);
      const glance: PersonGlance = { person };
      const last = held.at(-1);
      const stale = staleness(held, now);
      if (last) glance.lastStart = last;
      if (next) glance.nextStart = next;
      if (calendarNext && next === calendarNext.start) {
        glance.nextEvent = calendarNext;
        // What they asked to talk about in it, when its notes hold any yet.
        const topics = storedOf.get(calendarNext.key)?.topics.filter((topic) => !topic.done).length ?? 0;
        if (topics > 0) glance.nextTopics = topics;
      }
      if (stale) glance.staleness = stale;
      return glance;
    }),
  );
  // The calendar's next 1:1s with people not stored yet (shown, nothing written): listed too.
  const unstored = new Map<string, PersonGlance>();
  for (const event of upcoming) {
    if (people.some((person) => isWith(person, event))) continue;
    const person = newPerson(event.counterpart!, now);
    const id = person.emails[0] ?? person.nameKey;
    if (!unstored.has(id))
      unstored.set(id, {
        person: { ...person, id: `calendar:${event.key}` },
        nextStart: event.start!,
        nextEvent: event,
        calendarOnly: true,
      });
  }
  return [...glances, ...unstored.values()];
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
  // The rhythm as it is now: from the newest few 1:1s held, as the list and the popup read it.
  const recent = held.slice(-RHYTHM_HELD).map((meeting) => meeting.start);
  const gap = usualGapDays(recent);
  const stale = staleness(recent, now);
  if (last) summary.lastStart = last;
  if (next) summary.nextStart = next;
  if (gap !== undefined) summary.usualGap = gap;
  if (stale) summary.staleness = stale;
  return summary;
}
