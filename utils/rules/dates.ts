/**
 * Dates as the extension says them, in the user's own date format: every
 * computation and every format goes through date-fns, with the locale of the
 * browser's language (the interface text is English; a German or American user
 * still reads dates the way they write them).
 */
import { differenceInCalendarDays, format, isValid, parseISO, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { i18n } from '@/utils/rules/page-i18n';
import { daysText } from './days-text';

export { daysText };
import type { Meeting } from '../db/records';

/**
 * The languages whose calendars we read (utils/sites/calendars/labels.ts), each in a chunk of
 * its own: a page loads only the user's (loadDateLocale, before its first render).
 * American English is date-fns' own; British English is every other English.
 */
const LOADERS: Record<string, () => Promise<Locale>> = {
  en: () => import('date-fns/locale/en-GB').then((module) => module.enGB),
  de: () => import('date-fns/locale/de').then((module) => module.de),
  es: () => import('date-fns/locale/es').then((module) => module.es),
  fr: () => import('date-fns/locale/fr').then((module) => module.fr),
  it: () => import('date-fns/locale/it').then((module) => module.it),
  nl: () => import('date-fns/locale/nl').then((module) => module.nl),
  pt: () => import('date-fns/locale/pt').then((module) => module.pt),
  'pt-BR': () => import('date-fns/locale/pt-BR').then((module) => module.ptBR),
  ja: () => import('date-fns/locale/ja').then((module) => module.ja),
};

const browserLanguage = (): string => globalThis.navigator?.language ?? 'en-GB';
let current: { language: string; locale: Locale } | undefined;

/** The date format of a language ("de-AT", "pt-BR", "ja"), loaded; American English is date-fns' own. */
export async function dateLocaleOf(language: string): Promise<Locale> {
  const load = language === 'en-US' ? undefined : (LOADERS[language] ?? LOADERS[language.split('-')[0] ?? ''] ?? LOADERS.en);
  return load ? await load().catch(() => enUS) : enUS;
}

/** Loads the date format of the browser's language (or `language`): pages await it before their first render. */
export async function loadDateLocale(language: string = browserLanguage()): Promise<Locale> {
  const locale = await dateLocaleOf(language);
  current = { language, locale };
  return locale;
}

/** The date-fns locale in use: the one loaded for the browser's language, else date-fns' own American English. */
export function dateLocale(): Locale {
  return current?.language === browserLanguage() ? current.locale : enUS;
}

/** The locale's medium date pattern ("MMM d, y", "d MMM y", "do MMM y"), with or without its year. */
function datePattern(locale: Locale, year: boolean): string {
  const pattern = locale.formatLong?.date({ width: 'medium' }) ?? 'd MMM y';
  // A year first ("y/MM/dd" in Japanese) goes with what follows it; a year last with what precedes it.
  return year
    ? pattern
    : pattern
        .replace(/^y+[^A-Za-z']*/, '')
        .replace(/[\s,./-]*y+[\s.年]*/, '')
        .trim();
}

/** The pattern dayText writes in a locale, with or without the year: worked out once per locale. */
const dayPatterns = new WeakMap<Locale, [withYear: string, withoutYear: string]>();
function dayPattern(locale: Locale, year: boolean): string {
  let patterns = dayPatterns.get(locale);
  if (!patterns) {
    // The weekday where the locale's own full date puts it: first, with what follows it (", " in
    // English, " " in French), or last (Japanese "2026年3月5日木曜日"), then in brackets: "2026/03/05(木)".
    const weekdayFirst = /^EEEE([^A-Za-z']*)/.exec(locale.formatLong?.date({ width: 'full' }) ?? 'EEEE ');
    const withWeekday = (pattern: string) => (weekdayFirst ? `EEE${weekdayFirst[1]}${pattern}` : `${pattern}(EEE)`);
    patterns = [withWeekday(datePattern(locale, true)), withWeekday(datePattern(locale, false))];
    dayPatterns.set(locale, patterns);
  }
  return patterns[year ? 0 : 1];
}

/**
 * Texts already written, per locale: a page writes the same few days and times over and over
 * (every commitment's due day, every meeting's date), and date-fns' format reads its pattern anew
 * on each call (most of the popup's first render: docs/PERFORMANCE.md). Bounded, as a page open
 * for days may write many. `write` throws for an invalid date, as format does, and nothing is kept.
 */
type KeptTexts = WeakMap<Locale, Map<number, string>>;
const KEPT_PER_LOCALE = 4000;
function keptText(kept: KeptTexts, locale: Locale, key: number, write: () => string): string {
  let texts = kept.get(locale);
  if (!texts) kept.set(locale, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) {
    text = write();
    if (texts.size >= KEPT_PER_LOCALE) texts.clear();
    texts.set(key, text);
  }
  return text;
}
const dayTexts: KeptTexts = new WeakMap();
const clockTexts: KeptTexts = new WeakMap();

/** "Thu, 5 Mar 2026" (en-GB), "Thu, Mar 5, 2026" (en-US), "Do., 5. März 2026" (de); `year: false` leaves the year out. */
export function dayText(date: Date, { year = true, locale = dateLocale() }: { year?: boolean; locale?: Locale } = {}): string {
  // The calendar day (in the user's time zone, as format writes it) and whether the year is shown.
  const key = ((date.getFullYear() * 100 + date.getMonth()) * 100 + date.getDate()) * 2 + (year ? 1 : 0);
  return keptText(dayTexts, locale, key, () => format(date, dayPattern(locale, year), { locale }));
}

/** "10:00" or "10:00 AM", as the locale writes times. */
export function clockText(date: Date): string {
  const locale = dateLocale();
  // A minute of the day: 1,440 at most per locale.
  return keptText(clockTexts, locale, date.getHours() * 60 + date.getMinutes(), () => format(date, 'p', { locale }));
}

export function daysAgoText(date: Date, now: Date): string {
  if (!isValid(date)) return i18n.t('dates.unknownWhen');
  return daysText(differenceInCalendarDays(now, date));
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
    const status = i18n.t(meeting.endedSeries ? 'dates.cancelledEnded' : 'dates.cancelled');
    return meeting.cancelReason ? i18n.t('dates.withReason', { status, reason: meeting.cancelReason }) : status;
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
