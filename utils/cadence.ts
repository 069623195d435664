/**
 * The three-horizons cadence: which focus is due with this person today.
 *
 * The Present most meetings; the Near Future about once a month; the Horizon
 * about every six weeks. What comes up at the Horizon informs the Near Future,
 * which informs the Present (see shared/PRODUCT.md).
 */
import { differenceInCalendarDays, max, min, parseISO, isValid } from 'date-fns';

export type Focus = 'present' | 'near-future' | 'horizon';

export const FOCI: readonly Focus[] = ['present', 'near-future', 'horizon'];

export const FOCUS_LABEL: Record<Focus, string> = {
  present: 'The Present',
  'near-future': 'The Near Future',
  horizon: 'The Horizon',
};

export interface Cadence {
  nearFutureWeeks?: number;
  horizonWeeks?: number;
}

export const DEFAULT_CADENCE = { nearFutureWeeks: 4, horizonWeeks: 6 } as const;

export interface HeldMeeting {
  date: Date | string;
  focus: Focus;
}

export interface FocusDue {
  focus: Focus;
  reason: string;
}

export function focusDue(history: readonly HeldMeeting[], today: Date | string, cadence: Cadence = {}): FocusDue {
  const now = toDate(today);
  const meetings = history
    .map((meeting) => ({ date: toDate(meeting.date), focus: meeting.focus }))
    .filter((meeting) => isValid(meeting.date));
  if (meetings.length === 0 || !isValid(now)) return { focus: 'present', reason: 'A first conversation: start with how they are.' };

  const horizonDays = 7 * (cadence.horizonWeeks ?? DEFAULT_CADENCE.horizonWeeks);
  const nearFutureDays = 7 * (cadence.nearFutureWeeks ?? DEFAULT_CADENCE.nearFutureWeeks);
  const first = min(meetings.map((meeting) => meeting.date));
  const lastOf = (...foci: Focus[]) => {
    const dates = meetings.filter((meeting) => foci.includes(meeting.focus)).map((meeting) => meeting.date);
    return dates.length > 0 ? max(dates) : undefined;
  };

  const lastHorizon = lastOf('horizon');
  const sinceHorizon = differenceInCalendarDays(now, lastHorizon ?? first);
  if (sinceHorizon >= horizonDays) {
    return {
      focus: 'horizon',
      reason: lastHorizon
        ? `Last horizon conversation ${ago(sinceHorizon)}.`
        : `No horizon conversation yet, ${ago(sinceHorizon, 'since your first 1:1')}.`,
    };
  }

  const lastAhead = lastOf('near-future', 'horizon');
  const sinceAhead = differenceInCalendarDays(now, lastAhead ?? first);
  if (sinceAhead >= nearFutureDays) {
    return {
      focus: 'near-future',
      reason: lastAhead ? `Last look ahead ${ago(sinceAhead)}.` : `No look ahead yet, ${ago(sinceAhead, 'since your first 1:1')}.`,
    };
  }
  return { focus: 'present', reason: lastAhead ? `You looked ahead ${ago(sinceAhead)}: today is about now.` : 'Most 1:1s are about now.' };
}

function ago(days: number, since = 'ago'): string {
  const amount = days >= 14 ? `${Math.floor(days / 7)} weeks` : days === 1 ? '1 day' : `${days} days`;
  return since === 'ago' ? `${amount} ago` : `${amount} ${since}`;
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}
