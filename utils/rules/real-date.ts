/**
 * Whether an ISO date or instant from outside (a backup, a panel URL, a message) is a real
 * one in a sensible span: "2026-13-45" and "9999-99-99" match an ISO pattern, not the calendar.
 */
import { isValid, parse, parseISO } from 'date-fns';

export const EARLIEST_DAY = '1970-01-01';
export const LATEST_DAY = '2100-12-31';

export function isRealDate(text: string): boolean {
  const day = text.slice(0, 10);
  return day >= EARLIEST_DAY && day <= LATEST_DAY && isValid(parse(day, 'yyyy-MM-dd', new Date(0))) && isValid(parseISO(text));
}

export const REAL_DATE_MESSAGE = `not a real date between ${EARLIEST_DAY} and ${LATEST_DAY}`;
