/** The backup reminder in words (utils/backup/reminder.ts): one sentence for the popup and the options page. */
import type { BackupReminder } from '@/utils/backup/reminder';
import { i18n } from '#i18n';

export function backupReminderText(reminder: NonNullable<BackupReminder>): string {
  return reminder.kind === 'never'
    ? i18n.t('data.noBackupYet')
    : i18n.t('data.lastBackupAgo', { days: i18n.t('focus.days', reminder.days) });
}
