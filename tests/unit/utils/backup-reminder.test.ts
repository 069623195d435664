/** Issue 22.4: the backup reminder tells "never" from "40 days ago", and is quiet while a backup is recent. */
import { describe, expect, it } from 'vitest';
import { backupReminder } from '@/utils/backup/reminder';
import { backupReminderText } from '@/components/shared/backup-reminder-text';

const now = new Date('2026-11-30T12:00:00Z');

describe('the backup reminder', () => {
  it('says never, or how long ago; nothing while recent or with nothing to keep', () => {
    expect(backupReminder(null, false, now)).toBeUndefined();
    expect(backupReminder(null, true, now)).toEqual({ kind: 'never' });
    expect(backupReminder('2026-11-01T09:00:00Z', true, now)).toBeUndefined();
    expect(backupReminder('2026-10-21T09:00:00Z', true, now)).toEqual({ kind: 'old', days: 40 });
    expect(backupReminderText({ kind: 'never' })).toBe('You have not made a backup yet.');
    expect(backupReminderText({ kind: 'old', days: 40 })).toBe('Your last backup was 40 days ago.');
  });
});
