/** Dates as the panel says them. Every computation goes through date-fns. */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';

export function daysAgoText(date: Date, now: Date): string {
  const days = differenceInCalendarDays(now, date);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}

export function meetingDateText(start: string): string {
  return format(parseISO(start), 'EEE d MMM yyyy');
}

export function meetingTimeText(start: string): string {
  return start.includes('T') ? format(parseISO(start), 'EEE d MMM yyyy, HH:mm') : meetingDateText(start);
}
