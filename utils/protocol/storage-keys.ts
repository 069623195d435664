/**
 * Every key the extension keeps in `browser.storage`, in one place (issue 19). Only the
 * keys here: content scripts import this, and must stay small; what each holds, where its
 * schema is, who reads it and whether locking clears it is in ./storage-registry.ts, which
 * must describe every key (checked by the compiler) and which tests/unit/storage-keys.test.ts
 * holds the code to. Never a note in any of them (docs/PRIVACY.md).
 */
// One constant per key, so a content script that needs one carries only that one (the
// object below is dropped from its bundle when it names none through it).
export const DOCK_KEY = 'local:dock';
export const RECOGNITION_OVERRIDES_KEY = 'local:recognitionOverrides';
export const SELF_EMAILS_KEY = 'local:selfEmails';
export const CADENCE_KEY = 'local:cadence';
export const LAST_BACKUP_AT_KEY = 'local:lastBackupAt';
export const CALL_PICKS_KEY = 'local:callPicks';
export const PAGE_HEALTH_KEY = 'local:pageHealth';
export const NOTES_STORE_KEY = 'local:notesStore';
export const LEGACY_KEYRING_KEY = 'local:keyring';
export const ENCRYPTION_KEY_KEY = 'session:encryptionKey';
export const LIVE_CALLS_KEY = 'session:liveCalls';
export const POPUP_SNAPSHOT_KEY = 'session:popupSnapshot';
export const CALL_BUTTON_POSITION_KEY = 'local:callButtonPosition';
export const REMINDERS_KEY = 'local:reminders';
export const PERSON_REMINDERS_KEY = 'local:personReminders';
export const REMINDED_KEY = 'session:reminded';
export const PANEL_FOLDS_KEY = 'local:panelFolds';
export const AUTO_BACKUP_KEY = 'local:autoBackup';
export const AUTO_BACKUP_STATE_KEY = 'local:autoBackupState';

/** Every key by name: the registry the extension's own code reads them through. */
export const STORAGE_KEYS = {
  dock: DOCK_KEY,
  recognitionOverrides: RECOGNITION_OVERRIDES_KEY,
  selfEmails: SELF_EMAILS_KEY,
  cadence: CADENCE_KEY,
  lastBackupAt: LAST_BACKUP_AT_KEY,
  callPicks: CALL_PICKS_KEY,
  pageHealth: PAGE_HEALTH_KEY,
  notesStore: NOTES_STORE_KEY,
  legacyKeyring: LEGACY_KEYRING_KEY,
  encryptionKey: ENCRYPTION_KEY_KEY,
  liveCalls: LIVE_CALLS_KEY,
  popupSnapshot: POPUP_SNAPSHOT_KEY,
  callButtonPosition: CALL_BUTTON_POSITION_KEY,
  reminders: REMINDERS_KEY,
  personReminders: PERSON_REMINDERS_KEY,
  reminded: REMINDED_KEY,
  panelFolds: PANEL_FOLDS_KEY,
  autoBackup: AUTO_BACKUP_KEY,
  autoBackupState: AUTO_BACKUP_STATE_KEY,
} as const satisfies Record<string, `local:${string}` | `session:${string}`>;

export type StorageName = keyof typeof STORAGE_KEYS;

/** The key's name within its area (`browser.storage.session.get(name)`). */
export function nameOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
