/**
 * Rules about commitments and gaps, in the user's own time zone. Due dates are
 * calendar dates (yyyy-MM-dd): a commitment due on the 10th is overdue from the
 * user's midnight into the 11th, whatever the offset and across daylight-saving
 * changes, because every comparison is by calendar day (date-fns).
 */
import { addDays, differenceInCalendarDays, formatISO, isValid, nextFriday, isFriday, isWeekend, parseISO, startOfDay } from 'date-fns';
import type { Commitment, Meeting } from '../db/records';
import { dayText, daysText } from './dates';
import { i18n } from '#i18n';

export type DueState = 'overdue' | 'today' | 'soon' | 'later' | 'undated';

/** Due within this many days counts as soon. */
export const SOON_DAYS = 3;

export function dayKey(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

function daysUntil(due: string, now: Date): number | undefined {
  const day = parseISO(due);
  return isValid(day) ? differenceInCalendarDays(day, now) : undefined;
}

export function dueState(due: string | undefined, now: Date): DueState {
  const days = due ? daysUntil(due, now) : undefined;
  if (days === undefined) return 'undated';
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

export function isOverdue(commitment: Pick<Commitment, 'due' | 'status'>, now: Date): boolean {
  return commitment.status === 'open' && dueState(commitment.due, now) === 'overdue';
}

const ORDER: Record<DueState, number> = { overdue: 0, today: 1, soon: 2, later: 3, undated: 4 };

/** Overdue first (the oldest first), then due today and soon, then later, then undated (newest first). */
export function byUrgency(now: Date) {
  // Each due day's state worked out once per sort, not twice per comparison: sorting the 300 open
  // commitments of five years compared ~5,000 times, each reading two dates (docs/PERFORMANCE.md).
  const ranks = new Map<string | undefined, number>();
  const rank = (due: string | undefined) => {
    let found = ranks.get(due);
    if (found === undefined) ranks.set(due, (found = ORDER[dueState(due, now)]));
    return found;
  };
  return (a: Commitment, b: Commitment): number => {
    const state = rank(a.due) - rank(b.due);
    if (state !== 0) return state;
    if (a.due && b.due && a.due !== b.due) return a.due < b.due ? -1 : 1;
    return b.createdAt.localeCompare(a.createdAt);
  };
}

export function dueText(due: string | undefined, now: Date): string {
  const days = due ? daysUntil(due, now) : undefined;
  if (days === undefined) return i18n.t('due.none');
  if (days < -1) return i18n.t('due.overdueBy', -days);
  if (days === -1) return i18n.t('due.overdueYesterday');
  if (days === 0) return i18n.t('due.today');
  if (days === 1) return i18n.t('due.tomorrow');
  return i18n.t('due.on', { day: dayText(parseISO(due!), { year: false }) });
}

/** "you promised 9 days ago", "Sam promised yesterday". */
export function promisedText(commitment: Pick<Commitment, 'owner' | 'createdAt'>, personName: string, now: Date): string {
  const days = differenceInCalendarDays(now, parseISO(commitment.createdAt));
  const when = daysText(Math.max(0, days));
  return commitment.owner === 'me'
    ? i18n.t('due.youPromised', { when })
    : i18n.t('due.theyPromised', { name: personName.split(' ')[0] ?? personName, when });
}

/** Friday of this week; at the weekend, Sunday (the week is all but over). */
export function endOfThisWeek(now: Date): string {
  if (isFriday(now)) return dayKey(now);
  if (isWeekend(now)) return dayKey(now.getDay() === 0 ? now : addDays(now, 1));
  return dayKey(nextFriday(now));
}

/**
 * How many of the newest 1:1s held say a person's rhythm: the usual gap and whether it has been
 * too long are read from these, in the popup, the people page (list, numbers, team chart) and
 * the panel's timeline alike: a team that moved from weekly to fortnightly is judged by the
 * fortnight.
 */
export const RHYTHM_HELD = 9;

/** Median number of days between consecutive meetings (sorted any way), or undefined with fewer than two. */
export function usualGapDays(starts: readonly string[]): number | undefined {
  const days = starts
    .map((start) => startOfDay(parseISO(start)))
    .filter(isValid)
    .sort((a, b) => a.getTime() - b.getTime());
  const gaps = days
    .slice(1)
    .map((day, index) => differenceInCalendarDays(day, days[index]!))
    .filter((gap) => gap > 0);
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
}

/** The date of the next 1:1 after `current`: a known later meeting, else the usual gap on from this one (a week by default). */
export function beforeNextMeeting(meetings: readonly Meeting[], current: Meeting): string {
  const later = meetings
    .filter((meeting) => meeting.status !== 'cancelled' && meeting.start > current.start)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (later) return dayKey(parseISO(later.start));
  const gap = usualGapDays(meetings.filter((meeting) => meeting.status !== 'cancelled').map((meeting) => meeting.start)) ?? 7;
  return dayKey(addDays(parseISO(current.start), Math.round(gap)));
}

export interface Staleness {
  /** Days since the last held 1:1. */
  days: number;
  /** How long is too long for this person: 1.5 × their usual gap, at least 14 days. */
  threshold: number;
  stale: boolean;
}

/** How many days without a 1:1 is too long for someone: 1.5 × their usual gap, at least 14 days. */
export function tooLongDays(usualGap: number | undefined): number {
  return Math.max(14, Math.round(1.5 * (usualGap ?? 0)));
}

/** How long since the last held 1:1 with someone, and whether that is too long. */
export function staleness(heldStarts: readonly string[], now: Date): Staleness | undefined {
  const last = [...heldStarts].sort().at(-1);
  if (!last) return undefined;
  const days = differenceInCalendarDays(now, parseISO(last));
  const threshold = tooLongDays(usualGapDays(heldStarts));
  return { days, threshold, stale: days > threshold };
}
