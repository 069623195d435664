/**
 * "today", "yesterday", "12 days ago", "in 3 days" for a count of calendar days
 * counted already: words only, so the calendar content script (the delete
 * warning) can say them without carrying date formats.
 */
import { i18n } from '@/utils/rules/page-i18n';

export function daysText(days: number): string {
  if (days === 0) return i18n.t('dates.today');
  if (days === 1) return i18n.t('dates.yesterday');
  if (days === -1) return i18n.t('dates.tomorrow');
  return days > 0 ? i18n.t('dates.daysAgo', days) : i18n.t('dates.inDays', -days);
}
