/** Dates as the panel says them. Every computation goes through date-fns. */
import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { Meeting } from './db/records';

export function daysAgoText(date: Date, now: Date): string {
  if (!isValid(date)) return 'at an unknown date';
  return daysText(differenceInCalendarDays(now, date));
}

/** "today", "yesterday", "12 days ago", "in 3 days" for a count of calendar days counted already. */
export function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}

/** "Thu 5 Mar 2026"; never throws, whatever the database holds. */
export function meetingDateText(start: string): string {
  const date = parseISO(start);
  return isValid(date) ? format(date, 'EEE d MMM yyyy') : 'Unknown date';
}

/** "Thu 12 Mar 2026, 10:00" for timed meetings, the date alone for all-day ones. */
export function meetingTimeText(start: string): string {
  const date = parseISO(start);
  return start.includes('T') && isValid(date) ? format(date, 'EEE d MMM yyyy, HH:mm') : meetingDateText(start);
}

/** What happened to a meeting on the calendar, in a few words ("" for one that simply took place). */
export function meetingStatusText(meeting: Pick<Meeting, 'status' | 'cancelReason' | 'endedSeries' | 'movedFrom' | 'start'>): string {
  if (meeting.status === 'cancelled') {
    const parts = [meeting.endedSeries ? 'cancelled, and the series ended here' : 'cancelled'];
    if (meeting.cancelReason) parts.push(`“${meeting.cancelReason}”`);
    return parts.join(': ');
  }
  if (meeting.status === 'moved' && meeting.movedFrom) {
    const sameDay = meeting.movedFrom.slice(0, 10) === meeting.start.slice(0, 10);
    const from = parseISO(meeting.movedFrom);
    if (!isValid(from)) return 'moved';
    return `moved from ${sameDay && meeting.movedFrom.includes('T') ? format(from, 'HH:mm') : meetingTimeText(meeting.movedFrom)}`;
  }
  return meeting.status === 'moved' ? 'moved' : '';
}
