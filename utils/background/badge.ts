/** The toolbar badge: how many of my commitments are overdue; nothing when none. */
import { browser } from 'wxt/browser';
import { startOfTomorrow } from 'date-fns';
import type { CompanionDatabase } from '../db/database';
import { overdueMineCount } from '../db/commitments';
import { i18n } from '#i18n';

export const BADGE_ALARM = 'badge-refresh';
export const MIDNIGHT_ALARM = 'badge-midnight';

export async function refreshBadge(db: CompanionDatabase, now = new Date()): Promise<number> {
  const count = await overdueMineCount(db, now);
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#d93025' });
  await browser.action.setTitle({
    title: count > 0 ? i18n.t('badge.overdue', count) : i18n.t('extension.name'),
  });
  return count;
}

/** A refresh every 30 minutes, and one just after the user's next midnight, when things fall due. */
export async function scheduleBadgeAlarms(): Promise<void> {
  if (!(await browser.alarms.get(BADGE_ALARM))) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 30 });
  await browser.alarms.create(MIDNIGHT_ALARM, { when: startOfTomorrow().getTime() + 5_000 });
}
