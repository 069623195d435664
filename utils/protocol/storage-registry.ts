/**
 * What each storage key of ./storage-keys.ts holds, where its value's schema is, who reads it,
 * and whether locking the notes clears it. Kept apart from the keys so content scripts do not
 * carry these words; every key must have its entry here (the type says so).
 */
import type { StorageName } from './storage-keys';

export interface StorageKeyInfo {
  holds: string;
  /** Where its value is defined and read through its schema. */
  schema: string;
  /** Locking the notes clears it (it holds what only an unlocked session may keep). */
  clearedOnLock: boolean;
  readBy: 'content scripts' | 'extension pages and the background';
}

export const STORAGE_REGISTRY: Record<StorageName, StorageKeyInfo> = {
  dock: {
    holds: 'the docked panel’s width and whether it is collapsed',
    schema: 'utils/extension/settings.ts DockPreferences',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  recognitionOverrides: {
    holds: 'per series: the user’s word that it is (not) a 1:1',
    schema: 'utils/extension/settings.ts RecognitionOverrides',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  selfEmails: {
    holds: 'the user’s own addresses',
    schema: 'utils/extension/settings.ts SelfEmails',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  cadence: {
    holds: 'the rhythm of the three horizons',
    schema: 'utils/extension/settings.ts CadenceSetting',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  lastBackupAt: {
    holds: 'when a backup was last exported',
    schema: 'utils/extension/settings.ts readLastBackupAt',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  callPicks: {
    holds: 'per meeting code: the person the user picked for a call',
    schema: 'utils/extension/live-calls.ts',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  pageHealth: {
    holds: 'per site: what a page did not let us read (codes) and a scrubbed outline',
    schema: 'utils/extension/page-health-record.ts PageHealthRecord',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  notesStore: {
    holds: 'the name of the storage bucket the notes live in, and a move under way',
    schema: 'utils/db/database.ts StorePointer',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  legacyKeyring: {
    holds: 'the passphrase’s salt and check value, as kept before version 5 (moved into the notes store on read)',
    schema: 'utils/crypto/lock.ts Keyring',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  encryptionKey: {
    holds: 'the key derived from the passphrase, in memory, while unlocked',
    schema: 'utils/crypto/lock.ts',
    clearedOnLock: true,
    readBy: 'extension pages and the background',
  },
  liveCalls: {
    holds: 'per tab: the call it is in (meeting code, title, who is in it)',
    schema: 'utils/extension/live-calls.ts',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  popupSnapshot: {
    holds: 'what the popup draws first: open commitments, the glance at people',
    schema: 'utils/extension/popup-snapshot.ts readPopupSnapshot',
    clearedOnLock: true,
    readBy: 'extension pages and the background',
  },
  callButtonPosition: {
    holds: 'where the user moved the call page’s button',
    schema: 'utils/content/call-page/call-button.ts',
    clearedOnLock: false,
    readBy: 'content scripts',
  },
  reminders: {
    holds: 'whether to remind before each 1:1, and how many minutes before',
    schema: 'utils/extension/settings.ts ReminderSetting',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  personReminders: {
    holds: 'per person id: minutes before their 1:1s to remind (0: never)',
    schema: 'utils/extension/settings.ts PersonReminders',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  reminded: {
    holds: 'per calendar event key: the start it was reminded of (so each reminder shows once)',
    schema: 'utils/background/reminders.ts Reminded',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  panelFolds: {
    holds: 'per panel section: whether the user folded it',
    schema: 'utils/extension/settings.ts PanelFolds',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  autoBackup: {
    holds: 'how often to write a backup file on its own (daily, weekly, off), how many to keep, and whether the user was asked',
    schema: 'utils/extension/settings.ts AutoBackupSetting',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
  autoBackupState: {
    holds:
      'the automatic backups written (download id, file name, size, when), the last failure’s code, and a fingerprint of what the last one held',
    schema: 'utils/backup/auto-backup-state.ts AutoBackupState',
    clearedOnLock: false,
    readBy: 'extension pages and the background',
  },
};
