/**
 * Whether an ISO date or instant from outside (a backup, a panel URL, a message) is a real
 * one in a sensible span: "2026-13-45" and "9999-99-99" match an ISO pattern, not the calendar.
 */
import { isExists, isValid, parseISO } from 'date-fns';

export const EARLIEST_DAY = '1970-01-01';
export const LATEST_DAY = '2100-12-31';

export function isRealDate(text: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!day || day[0] < EARLIEST_DAY || day[0] > LATEST_DAY) return false;
  // isExists, not parse(…, 'yyyy-MM-dd'): the same answer, without a format parser per field
  // (a backup's import checks some 150,000 dates: bench/render.bench.ts).
  return isExists(Number(day[1]), Number(day[2]) - 1, Number(day[3])) && (text.length === 10 || isValid(parseISO(text)));
}

export const REAL_DATE_MESSAGE = `not a real date between ${EARLIEST_DAY} and ${LATEST_DAY}`;
