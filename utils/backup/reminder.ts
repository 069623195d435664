import { differenceInCalendarDays, parseISO } from 'date-fns';

export const BACKUP_REMINDER_DAYS = 30;

/**
 * What the backup reminder says, the same in the popup and the options page: nothing while a
 * backup (an export, a restore, an automatic one) is recent or there is nothing to keep;
 * "never" when there has been none; else how many days ago the last one was.
 */
export type BackupReminder = { kind: 'never' } | { kind: 'old'; days: number } | undefined;

export function backupReminder(lastBackupAt: string | null, hasData: boolean, now: Date): BackupReminder {
  if (!hasData) return undefined;
  if (!lastBackupAt) return { kind: 'never' };
  const days = differenceInCalendarDays(now, parseISO(lastBackupAt));
  return days >= BACKUP_REMINDER_DAYS ? { kind: 'old', days } : undefined;
}
