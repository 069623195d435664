/**
 * Dates as the extension says them, in the user's own date format: every
 * computation and every format goes through date-fns, with the locale of the
 * browser's language (the interface text is English; a German or American user
 * still reads dates the way they write them).
 */
import { differenceInCalendarDays, format, isValid, parseISO, type Locale } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { nl } from 'date-fns/locale/nl';
import { pt } from 'date-fns/locale/pt';
import { i18n } from '@/utils/page-i18n';
import type { Meeting } from './db/records';

// The languages whose calendars we read (utils/calendars/labels.ts); every page loads them, so no more.
const LOCALES: Record<string, Locale> = { de, en: enGB, 'en-US': enUS, es, fr, it, nl, pt };

/** The date-fns locale of a language tag ("en-US", "de-AT"): exact, else by language, else British English. */
export function dateLocale(language: string = globalThis.navigator?.language ?? 'en-GB'): Locale {
  return LOCALES[language] ?? LOCALES[language.split('-')[0] ?? ''] ?? enGB;
}

/** The locale's medium date pattern ("MMM d, y", "d MMM y", "do MMM y"), with or without its year. */
function datePattern(locale: Locale, year: boolean): string {
  const pattern = locale.formatLong?.date({ width: 'medium' }) ?? 'd MMM y';
  return year ? pattern : pattern.replace(/[\s,./-]*y+[\s.年]*/, '').trim();
}

/** What the locale puts between a weekday and the date (", " in English, " " in French), from its full pattern. */
function weekdaySeparator(locale: Locale): string {
  return /^EEEE([^A-Za-z']*)/.exec(locale.formatLong?.date({ width: 'full' }) ?? '')?.[1] ?? ' ';
}

/** "Thu, 5 Mar 2026" (en-GB), "Thu, Mar 5, 2026" (en-US), "Do., 5. März 2026" (de); `year: false` leaves the year out. */
export function dayText(date: Date, { year = true } = {}): string {
  const locale = dateLocale();
  return format(date, `EEE${weekdaySeparator(locale)}${datePattern(locale, year)}`, { locale });
}

/** "10:00" or "10:00 AM", as the locale writes times. */
export function clockText(date: Date): string {
  return format(date, 'p', { locale: dateLocale() });
}

export function daysAgoText(date: Date, now: Date): string {
  if (!isValid(date)) return i18n.t('dates.unknownWhen');
  return daysText(differenceInCalendarDays(now, date));
}

/** "today", "yesterday", "12 days ago", "in 3 days" for a count of calendar days counted already. */
export function daysText(days: number): string {
  if (days === 0) return i18n.t('dates.today');
  if (days === 1) return i18n.t('dates.yesterday');
  if (days === -1) return i18n.t('dates.tomorrow');
  return days > 0 ? i18n.t('dates.daysAgo', days) : i18n.t('dates.inDays', -days);
}

/** "Thu, 5 Mar 2026"; never throws, whatever the database holds. */
export function meetingDateText(start: string): string {
  const date = parseISO(start);
  return isValid(date) ? dayText(date) : i18n.t('dates.unknownDate');
}

/** "Thu, 12 Mar 2026, 10:00" for timed meetings, the date alone for all-day ones. */
export function meetingTimeText(start: string): string {
  const date = parseISO(start);
  return start.includes('T') && isValid(date) ? `${dayText(date)}, ${clockText(date)}` : meetingDateText(start);
}

/** What happened to a meeting on the calendar, in a few words ("" for one that simply took place). */
export function meetingStatusText(meeting: Pick<Meeting, 'status' | 'cancelReason' | 'endedSeries' | 'movedFrom' | 'start'>): string {
  if (meeting.status === 'cancelled') {
    const parts = [i18n.t(meeting.endedSeries ? 'dates.cancelledEnded' : 'dates.cancelled')];
    if (meeting.cancelReason) parts.push(`“${meeting.cancelReason}”`);
    return parts.join(': ');
  }
  if (meeting.status === 'moved' && meeting.movedFrom) {
    const sameDay = meeting.movedFrom.slice(0, 10) === meeting.start.slice(0, 10);
    const from = parseISO(meeting.movedFrom);
    if (!isValid(from)) return i18n.t('dates.moved');
    return i18n.t('dates.movedFrom', {
      when: sameDay && meeting.movedFrom.includes('T') ? clockText(from) : meetingTimeText(meeting.movedFrom),
    });
  }
  return meeting.status === 'moved' ? i18n.t('dates.moved') : '';
}
