/**
 * The rhythm of 1:1s as pictures draw it (issue 23): one person's last twelve months as marks
 * on a time axis, and the whole team as rows of who needs attention first. Pure: the people
 * page and the panel draw these; the bench times them on 30 people × 5 years.
 */
import { addDays, differenceInCalendarDays, parseISO, subMonths } from 'date-fns';
import type { Commitment, Meeting, Person } from '../db/records';
import { DEFAULT_CADENCE, type Cadence, type Focus } from './cadence';
import { RHYTHM_HELD, tooLongDays, usualGapDays } from './commitments';

export type MarkKind = 'held' | 'cancelled' | 'moved' | 'coming';

export interface Mark {
  meetingId: string;
  start: string;
  kind: MarkKind;
  focus?: Focus;
  feedbackAsked: boolean;
  /** Where a moved 1:1 was before. */
  movedFrom?: string;
  cancelReason?: string;
}

export interface Gap {
  from: string;
  to: string;
  days: number;
}

export interface Timeline {
  from: Date;
  to: Date;
  marks: Mark[];
  /** Stretches without a held 1:1 longer than 1.5 × the usual gap (at least 14 days), the one up to today included. */
  gaps: Gap[];
  usualGap?: number;
  /** When the next 1:1 would be, at the usual gap after the last one held. */
  expectedNext?: string;
  /** When the near future and the horizon are due by the cadence the user set (from the last 1:1 that looked that far). */
  focusDue: { focus: 'near-future' | 'horizon'; at: string; weeks: number }[];
}

/**
 * The last twelve months of one person's 1:1s (and those already planned), oldest first. The
 * axis starts a week before their first 1:1 when that is later (someone met for three months
 * gets three months drawn wide), and spans at least eight weeks.
 */
export function personTimeline(meetings: readonly Meeting[], now: Date, cadence: Cadence = {}, months = 12): Timeline {
  const yearAgo = subMonths(now, months).toISOString();
  const first = meetings.reduce<string | undefined>(
    (earliest, meeting) => (meeting.start >= yearAgo && (!earliest || meeting.start < earliest) ? meeting.start : earliest),
    undefined,
  );
  const from = new Date(
    Math.min(addDays(now, -56).getTime(), Math.max(parseISO(yearAgo).getTime(), first ? addDays(parseISO(first), -7).getTime() : 0)),
  );
  const fromIso = from.toISOString();
  const nowIso = now.toISOString();
  const sorted = [...meetings].sort((a, b) => a.start.localeCompare(b.start));
  const held = sorted.filter((meeting) => meeting.status !== 'cancelled' && meeting.start <= nowIso);
  const heldStarts = held.map((meeting) => meeting.start);
  // The rhythm as it is now (RHYTHM_HELD), as the list and the popup read it.
  const usualGap = usualGapDays(heldStarts.slice(-RHYTHM_HELD));
  const marks: Mark[] = [];
  let to = now;
  for (const meeting of sorted) {
    if (meeting.start < fromIso) continue;
    const kind: MarkKind =
      meeting.status === 'cancelled' ? 'cancelled' : meeting.start > nowIso ? 'coming' : meeting.status === 'moved' ? 'moved' : 'held';
    if (kind === 'coming') {
      // What is planned shows too, up to a month ahead.
      if (differenceInCalendarDays(parseISO(meeting.start), now) > 31) continue;
      if (parseISO(meeting.start) > to) to = parseISO(meeting.start);
    }
    marks.push({
      meetingId: meeting.id,
      start: meeting.start,
      kind,
      ...(meeting.focus ? { focus: meeting.focus } : {}),
      feedbackAsked: kind !== 'cancelled' && meeting.feedbackAsked,
      ...(meeting.movedFrom ? { movedFrom: meeting.movedFrom } : {}),
      ...(meeting.cancelReason ? { cancelReason: meeting.cancelReason } : {}),
    });
  }
  const threshold = tooLongDays(usualGap);
  const gaps: Gap[] = [];
  const points = [...heldStarts, nowIso];
  for (let index = 1; index < points.length; index++) {
    const [before, after] = [points[index - 1]!, points[index]!];
    if (after < fromIso) continue;
    const days = differenceInCalendarDays(parseISO(after), parseISO(before));
    if (days > threshold) gaps.push({ from: before < fromIso ? fromIso : before, to: after, days });
  }
  const last = heldStarts.at(-1);
  // The cadence's references, from the last 1:1 that looked that far ahead (or the first one).
  const lastOf = (foci: readonly Focus[]) => [...held].reverse().find((meeting) => meeting.focus && foci.includes(meeting.focus))?.start;
  const focusDue: Timeline['focusDue'] = [];
  if (held[0]) {
    const weeks = {
      'near-future': cadence.nearFutureWeeks ?? DEFAULT_CADENCE.nearFutureWeeks,
      horizon: cadence.horizonWeeks ?? DEFAULT_CADENCE.horizonWeeks,
    };
    for (const focus of ['near-future', 'horizon'] as const) {
      const since = lastOf(focus === 'horizon' ? ['horizon'] : ['near-future', 'horizon']) ?? held[0].start;
      const at = addDays(parseISO(since), 7 * weeks[focus]);
      // Drawn when it falls on the axis, or up to six weeks ahead (the axis grows to show it).
      if (at.toISOString() < fromIso || differenceInCalendarDays(at, now) > 42) continue;
      if (at > to) to = at;
      focusDue.push({ focus, at: at.toISOString(), weeks: weeks[focus] });
    }
  }
  return {
    focusDue,
    from,
    to,
    marks,
    gaps,
    ...(usualGap !== undefined ? { usualGap } : {}),
    ...(last && usualGap !== undefined ? { expectedNext: addDays(parseISO(last), Math.round(usualGap)).toISOString() } : {}),
  };
}

export interface TeamRow {
  person: Person;
  /** Days since the last held 1:1 (undefined: never met). */
  daysSince?: number;
  usualGap?: number;
  /** How long is too long for them (1.5 × the usual gap, at least 14 days). */
  threshold?: number;
  /** Days since, over how long is too long (1.5 × the usual gap, at least 14 days): above 1 is overdue. */
  load: number;
  overdue: boolean;
  cancelled90: number;
  held: number;
  /** Share of held 1:1s in which feedback was asked (0–1), of the last twelve months. */
  feedbackShare?: number;
  mine: { open: number; overdue: number };
  theirs: { open: number; overdue: number };
}

/** What the people page already knows of each person (utils/db/overview.ts `summarise`). */
export interface Summary {
  person: Person;
  staleness?: { days: number; threshold: number; stale: boolean };
  usualGap?: number;
  cancelledLast90Days: number;
  held: number;
}

/**
 * Everyone at a glance, who needs attention first: overdue (by how far past their own rhythm),
 * then cancellations, then my overdue commitments. Built on the people page's own numbers
 * (days since, usual gap, cancellations), adding one pass over the last year's meetings for
 * feedback and one over the commitments.
 */
export function teamRhythm(
  summaries: readonly Summary[],
  meetingsByPerson: ReadonlyMap<string, readonly Meeting[]>,
  commitments: readonly Commitment[],
  now: Date,
): TeamRow[] {
  const nowIso = now.toISOString();
  const today = nowIso.slice(0, 10);
  const yearAgo = subMonths(now, 12).toISOString();
  const owed = new Map<string, TeamRow['mine'] & { theirsOpen: number; theirsOverdue: number }>();
  for (const commitment of commitments) {
    if (commitment.status !== 'open') continue;
    const entry = owed.get(commitment.personId) ?? { open: 0, overdue: 0, theirsOpen: 0, theirsOverdue: 0 };
    const late = !!commitment.due && commitment.due < today;
    if (commitment.owner === 'me') {
      entry.open++;
      if (late) entry.overdue++;
    } else {
      entry.theirsOpen++;
      if (late) entry.theirsOverdue++;
    }
    owed.set(commitment.personId, entry);
  }
  const rows = summaries.map(({ person, staleness: stale, usualGap, cancelledLast90Days, held }): TeamRow => {
    let heldYear = 0;
    let feedbackYear = 0;
    for (const meeting of meetingsByPerson.get(person.id) ?? []) {
      if (meeting.status === 'cancelled' || meeting.start < yearAgo || meeting.start > nowIso) continue;
      heldYear++;
      if (meeting.feedbackAsked) feedbackYear++;
    }
    const debts = owed.get(person.id);
    return {
      person,
      ...(stale ? { daysSince: stale.days, threshold: stale.threshold } : {}),
      ...(usualGap !== undefined ? { usualGap } : {}),
      load: stale ? stale.days / stale.threshold : 0,
      overdue: stale?.stale ?? false,
      cancelled90: cancelledLast90Days,
      held,
      ...(heldYear ? { feedbackShare: feedbackYear / heldYear } : {}),
      mine: { open: debts?.open ?? 0, overdue: debts?.overdue ?? 0 },
      theirs: { open: debts?.theirsOpen ?? 0, overdue: debts?.theirsOverdue ?? 0 },
    };
  });
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      b.load - a.load ||
      b.cancelled90 - a.cancelled90 ||
      b.mine.overdue - a.mine.overdue ||
      a.person.name.localeCompare(b.person.name),
  );
}
