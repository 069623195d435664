/**
 * Reads a date and times out of a calendar's human "when" line, in any of the
 * languages of labels.ts: "Thursday, March 5⋅10:00 – 11:00am",
 * "Donnerstag, 5. März⋅10:00–11:00", "jueves, 5 de marzo de 2026⋅10:00–11:00",
 * "3月5日(木)⋅午前10時～11時".
 *
 * Digits carry most of the meaning, so only month names need the table.
 */
import { addDays, isBefore } from 'date-fns';
import { monthOfWord } from './labels';

export interface WallDate {
  year?: number;
  month: number;
  day: number;
}

export interface WallTime {
  hour: number;
  minute: number;
}

export interface WhenText {
  date: WallDate | null;
  times: WallTime[];
}

const YEAR = /\b(19\d\d|20\d\d)\b|(\d{4})年/;
const CJK_DATE = /(\d{1,2})月(\d{1,2})日/;
const WORD = /[\p{L}][\p{L}.]*/gu;
const RANGE_NEXT = /^\s*[–—~～-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m|p\.?\s?m|[:.]\d{2})/iu;
const TIME = /(午前|午後)?\s*(\d{1,2})(?:\s*[:.h時]\s*(\d{2})?)?(?:分)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/giu;

export function parseWhenText(text: string): WhenText {
  let rest = text.normalize('NFKC');
  let year: number | undefined;
  const yearMatch = YEAR.exec(rest);
  if (yearMatch) {
    year = Number(yearMatch[1] ?? yearMatch[2]);
    rest = rest.replace(yearMatch[0], ' ');
  }

  let date: WallDate | null = null;
  const cjk = CJK_DATE.exec(rest);
  if (cjk) {
    date = { month: Number(cjk[1]), day: Number(cjk[2]) };
    rest = rest.replace(cjk[0], ' ');
  } else {
    for (const word of rest.matchAll(WORD)) {
      const month = monthOfWord(word[0]);
      if (month === null) continue;
      const found = dayBeside(rest, word.index, word[0].length);
      if (!found) continue;
      date = { month, day: found.day };
      rest = rest.slice(0, found.from) + ' '.repeat(found.to - found.from) + rest.slice(found.to);
      break;
    }
  }
  if (date && year !== undefined) date.year = year;

  return { date, times: readTimes(rest) };
}

/** The day number written just before ("5. März", "5 de marzo") or after ("March 5") a month name. */
function dayBeside(text: string, index: number, length: number): { day: number; from: number; to: number } | null {
  const before = /(\d{1,2})\s*\.?\s*(?:de\s+)?$/u.exec(text.slice(Math.max(0, index - 8), index));
  if (before) {
    const day = Number(before[1]);
    if (day >= 1 && day <= 31) return { day, from: index - before[0].length, to: index + length };
  }
  const after = /^\s*(\d{1,2})(?!\d|[:.h]\d)/u.exec(text.slice(index + length));
  if (after) {
    const day = Number(after[1]);
    if (day >= 1 && day <= 31) return { day, from: index, to: index + length + after[0].length };
  }
  return null;
}

function readTimes(text: string): WallTime[] {
  const found: { hour: number; minute: number; meridiem?: 'am' | 'pm'; explicit: boolean }[] = [];
  for (const match of text.matchAll(TIME)) {
    const [whole, jaMeridiem, hourText, minuteText, meridiemText] = match;
    const hasSeparator = /[:.h時]/.test(whole.replace(/a\.|p\.|m\./gi, ''));
    // A bare number is a time only as the start of a range: "3 – 4pm".
    const startsRange = RANGE_NEXT.test(text.slice((match.index ?? 0) + whole.length));
    if (!hasSeparator && !meridiemText && !jaMeridiem && !startsRange) continue;
    const hour = Number(hourText);
    const minute = minuteText ? Number(minuteText) : 0;
    if (hour > 24 || minute > 59) continue;
    let meridiem: 'am' | 'pm' | undefined;
    if (meridiemText) meridiem = meridiemText.toLowerCase().startsWith('p') ? 'pm' : 'am';
    if (jaMeridiem) meridiem = jaMeridiem === '午後' ? 'pm' : 'am';
    found.push({ hour, minute, ...(meridiem ? { meridiem } : {}), explicit: meridiem !== undefined });
  }
  // "10 – 11am": a start without its own am/pm takes the end's, unless that would put it after the end.
  const last = found.at(-1);
  return found.map((time) => {
    let meridiem = time.meridiem;
    if (!meridiem && last?.meridiem) {
      meridiem = last.meridiem;
      if (meridiem === 'pm' && to24(time.hour, 'pm') > to24(last.hour, 'pm')) meridiem = 'am';
    }
    return { hour: meridiem ? to24(time.hour, meridiem) : time.hour, minute: time.minute };
  });
}

function to24(hour: number, meridiem: 'am' | 'pm'): number {
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** A date in digits, in any order: "3/5/2026", "05.03.2026", "2026-03-05". */
export const NUMERIC_DATE = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})/;
/** Languages whose numeric dates put the month first (3/5/2026 is March 5). */
const MONTH_FIRST = /^en(-us)?$|^en-(ph|ca)$/i;

/**
 * A date written in digits, as date pickers show it: "3/5/2026" (en-US),
 * "5.3.2026" (de), "05/03/2026" (en-GB, fr), "2026-03-05". The page's
 * language (`<html lang>`) says which number is the month.
 */
export function parseNumericDate(text: string, language: string): WallDate | null {
  const match = NUMERIC_DATE.exec(text.normalize('NFKC'));
  if (!match) return null;
  const [a, b, c] = [match[1]!, match[2]!, match[3]!].map(Number) as [number, number, number];
  let date: Required<WallDate>;
  if (match[1]!.length === 4) date = { year: a, month: b, day: c };
  else if (MONTH_FIRST.test(language.trim())) date = { year: c, month: a, day: b };
  else date = { year: c, month: b, day: a };
  if (date.year < 100) date.year += 2000;
  const valid = date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 && date.year >= 1970;
  return valid ? date : null;
}

/**
 * `yyyy-MM-dd` of a calendar day in the user's zone (an all-day event's date).
 * Built by hand rather than with date-fns' formatISO: this runs in the calendar
 * content script, which has a size budget, and it only writes out three numbers.
 */
export function isoDay(year: number, month: number, day: number): string {
  const date = new Date(year, month - 1, day);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * An event's start and end from the day(s) and times a page shows, in the
 * user's zone: dates only (all-day) when no time is shown, and an end before
 * its start runs past midnight. Every adapter turns its words into these.
 */
export function wallTimes(
  startDate: WallDate,
  endDate: WallDate | null,
  times: readonly WallTime[],
  fallbackYear: number,
): { allDay: boolean; start: string; end?: string } {
  const year = startDate.year ?? fallbackYear;
  const last = endDate ?? startDate;
  const lastYear = last.year ?? year;
  const [startTime, endTime] = times;
  if (!startTime) return { allDay: true, start: isoDay(year, startDate.month, startDate.day), end: isoDay(lastYear, last.month, last.day) };
  const start = new Date(year, startDate.month - 1, startDate.day, startTime.hour, startTime.minute);
  if (!endTime) return { allDay: false, start: start.toISOString() };
  let end = new Date(lastYear, last.month - 1, last.day, endTime.hour, endTime.minute);
  if (isBefore(end, start)) end = addDays(end, 1);
  return { allDay: false, start: start.toISOString(), end: end.toISOString() };
}
