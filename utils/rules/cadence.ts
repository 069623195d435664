/**
 * The three-horizons cadence: which focus is due with this person today.
 *
 * The Present most meetings; the Near Future about once a month; the Horizon
 * about every six weeks. What comes up at the Horizon informs the Near Future,
 * which informs the Present (see shared/PRODUCT.md).
 */
import { differenceInCalendarDays, max, min, parseISO, isValid } from 'date-fns';
import { i18n } from '#i18n';

export type Focus = 'present' | 'near-future' | 'horizon';

export const FOCI: readonly Focus[] = ['present', 'near-future', 'horizon'];

/** "The Present", "The Near Future", "The Horizon". */
export function focusLabel(focus: Focus): string {
  return i18n.t(`focus.${focus === 'near-future' ? 'nearFuture' : focus}`);
}

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
  if (meetings.length === 0 || !isValid(now)) return { focus: 'present', reason: i18n.t('focus.reason.first') };

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
        ? i18n.t('focus.reason.lastHorizon', { span: span(sinceHorizon) })
        : i18n.t('focus.reason.noHorizon', { span: span(sinceHorizon) }),
    };
  }

  const lastAhead = lastOf('near-future', 'horizon');
  const sinceAhead = differenceInCalendarDays(now, lastAhead ?? first);
  if (sinceAhead >= nearFutureDays) {
    return {
      focus: 'near-future',
      reason: lastAhead
        ? i18n.t('focus.reason.lastAhead', { span: span(sinceAhead) })
        : i18n.t('focus.reason.noAhead', { span: span(sinceAhead) }),
    };
  }
  return {
    focus: 'present',
    reason: lastAhead ? i18n.t('focus.reason.lookedAhead', { span: span(sinceAhead) }) : i18n.t('focus.reason.aboutNow'),
  };
}

/** "9 days", "3 weeks": weeks from two on. */
function span(days: number): string {
  return days >= 14 ? i18n.t('focus.weeks', Math.floor(days / 7)) : i18n.t('focus.days', days);
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? parseISO(value) : value;
}
