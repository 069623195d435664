import { differenceInCalendarDays, parseISO } from 'date-fns';

export const BACKUP_REMINDER_DAYS = 30;

/** Whether to remind the user to export: they have notes, and no backup in 30 days. */
export function backupDue(lastBackupAt: string | null, hasData: boolean, now: Date): boolean {
  if (!hasData) return false;
  if (!lastBackupAt) return true;
  return differenceInCalendarDays(now, parseISO(lastBackupAt)) >= BACKUP_REMINDER_DAYS;
}
