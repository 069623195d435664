/**
 * Small settings kept in `storage.local` (none of them is a note). The
 * calendar content script gets its own through the background
 * (utils/protocol/calendar-settings.ts), so zod stays out of it. Every read goes through a zod/mini schema: a value that
 * does not fit (an old format, a hand edit) falls back to the default.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import * as z from 'zod/mini';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_DOCK, DOCK_WIDTH } from '../protocol/calendar-settings';
import { i18n } from '#i18n';

/** A stored value if it still fits its schema (an old format, a hand edit), else the item's fallback. */
export async function readValid<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): Promise<T> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : item.fallback;
}

export { DOCK_WIDTH };

const DockPreferences = z.object({
  width: z.number().check(z.minimum(DOCK_WIDTH.min), z.maximum(DOCK_WIDTH.max)),
  collapsed: z.boolean(),
});
export type DockPreferences = z.infer<typeof DockPreferences>;

/** Series key → the user's word on it ("this is / is not a 1:1"). */
const RecognitionOverrides = z.record(z.string(), z.boolean());
export type RecognitionOverrides = z.infer<typeof RecognitionOverrides>;

export const dockPreferences = storage.defineItem<DockPreferences>(STORAGE_KEYS.dock, {
  fallback: DEFAULT_DOCK,
  version: 1,
});

export const recognitionOverrides = storage.defineItem<RecognitionOverrides>(STORAGE_KEYS.recognitionOverrides, {
  fallback: {},
  version: 1,
});

const CadenceSetting = z.object({
  nearFutureWeeks: z.number().check(z.int(), z.minimum(1), z.maximum(26)),
  horizonWeeks: z.number().check(z.int(), z.minimum(1), z.maximum(52)),
});
export type CadenceSetting = z.infer<typeof CadenceSetting>;

/** The rhythm of the three horizons for everyone (a person's own overrides it). */
export const cadenceSetting = storage.defineItem<CadenceSetting>(STORAGE_KEYS.cadence, {
  fallback: { nearFutureWeeks: 4, horizonWeeks: 6 },
  version: 1,
});

export function readCadence(): Promise<CadenceSetting> {
  return readValid(cadenceSetting, CadenceSetting);
}

/** Checks a cadence typed by the user; the message says what is wrong. */
export function checkCadence(value: unknown): { ok: true; cadence: CadenceSetting } | { ok: false; error: string } {
  const parsed = CadenceSetting.safeParse(value);
  return parsed.success ? { ok: true, cadence: parsed.data } : { ok: false, error: i18n.t('cadence.invalid') };
}

const Email = z.email();
const SelfEmails = z.array(Email);

/** The user's own addresses: told apart from the other person of a 1:1 in every calendar. */
export const selfEmails = storage.defineItem<string[]>(STORAGE_KEYS.selfEmails, { fallback: [], version: 1 });

export function readSelfEmails(): Promise<string[]> {
  return readValid(selfEmails, SelfEmails);
}

/**
 * The addresses typed by the user (one per line, or separated by commas or
 * spaces), lower-cased and without repeats; the message names the first one
 * that is not an address. Empty is fine: the calendars tell us most of the time.
 */
export function checkEmails(typed: string): { ok: true; emails: string[] } | { ok: false; error: string } {
  const words = typed.split(/[\s,;]+/).filter(Boolean);
  const wrong = words.find((word) => !Email.safeParse(word).success);
  if (wrong !== undefined) return { ok: false, error: i18n.t('selfEmails.invalid', { address: wrong }) };
  return { ok: true, emails: [...new Set(words.map((word) => word.toLowerCase()))] };
}

/** When the user last exported a backup: a reminder appears after 30 days without one. */
export const lastBackupAt = storage.defineItem<string | null>(STORAGE_KEYS.lastBackupAt, { fallback: null, version: 1 });

export function readLastBackupAt(): Promise<string | null> {
  return readValid(lastBackupAt, z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/))));
}

/** Back to the defaults: the dock, the per-series choices, the cadence, the backup date, your addresses. */
export async function resetSettings(): Promise<void> {
  await Promise.all([
    dockPreferences.removeValue(),
    recognitionOverrides.removeValue(),
    cadenceSetting.removeValue(),
    lastBackupAt.removeValue(),
    selfEmails.removeValue(),
  ]);
}

export function readDockPreferences(): Promise<DockPreferences> {
  return readValid(dockPreferences, DockPreferences);
}

export function readOverrides(): Promise<RecognitionOverrides> {
  return readValid(recognitionOverrides, RecognitionOverrides);
}

/** Remembers "this series is (not) a 1:1"; `undefined` forgets it and lets recognition decide again. */
export async function setOverride(seriesKey: string, isOneOnOne: boolean | undefined): Promise<void> {
  const kept = Object.entries(await readOverrides()).filter(([key]) => key !== seriesKey);
  if (isOneOnOne !== undefined) kept.push([seriesKey, isOneOnOne]);
  await recognitionOverrides.setValue(Object.fromEntries(kept));
}

/** The longest lead time a reminder can have (an hour: longer is a calendar's job). */
export const LONGEST_REMINDER = 60;
const Minutes = z.number().check(z.int(), z.minimum(0), z.maximum(LONGEST_REMINDER));
const ReminderSetting = z.object({ on: z.boolean(), minutes: Minutes.check(z.minimum(1)) });
export type ReminderSetting = z.infer<typeof ReminderSetting>;
/** Person id → minutes before their 1:1s (0: no reminder for them); not there: the global setting. */
const PersonReminders = z.record(z.string(), Minutes);
export type PersonReminders = z.infer<typeof PersonReminders>;

/** A notification before each 1:1: on, five minutes before, unless the user says otherwise. */
export const reminderSetting = storage.defineItem<ReminderSetting>(STORAGE_KEYS.reminders, {
  fallback: { on: true, minutes: 5 },
  version: 1,
});
export const personReminders = storage.defineItem<PersonReminders>(STORAGE_KEYS.personReminders, { fallback: {}, version: 1 });

export function readReminders(): Promise<ReminderSetting> {
  return readValid(reminderSetting, ReminderSetting);
}

export function readPersonReminders(): Promise<PersonReminders> {
  return readValid(personReminders, PersonReminders);
}

/** One person's lead time: minutes (0: none), or undefined for the global setting. Checked; never a bad value stored. */
export async function setPersonReminder(personId: string, minutes: number | undefined): Promise<void> {
  const others = Object.entries(await readPersonReminders()).filter(([id]) => id !== personId);
  if (minutes !== undefined) others.push([personId, Minutes.parse(minutes)]);
  await personReminders.setValue(Object.fromEntries(others));
}

/** Checks the global reminder setting typed by the user. */
export function checkReminders(value: unknown): { ok: true; reminders: ReminderSetting } | { ok: false; error: string } {
  const parsed = ReminderSetting.safeParse(value);
  return parsed.success
    ? { ok: true, reminders: parsed.data }
    : { ok: false, error: i18n.t('reminders.invalid', { most: LONGEST_REMINDER }) };
}

/** How many automatic backups are kept at most (a year of weekly ones). */
export const MOST_BACKUPS_KEPT = 60;
const AutoBackupSetting = z.object({
  every: z.enum(['day', 'week', 'off']),
  keep: z.number().check(z.int(), z.minimum(1), z.maximum(MOST_BACKUPS_KEPT)),
  /** When the user answered the one question about automatic backups (after their first week). */
  askedAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/))),
});
export type AutoBackupSetting = z.infer<typeof AutoBackupSetting>;

/** A backup file into Downloads/1on1-companion every day, the last 14 kept, from the end of the first week of use. */
export const autoBackupSetting = storage.defineItem<AutoBackupSetting>(STORAGE_KEYS.autoBackup, {
  fallback: { every: 'day', keep: 14 },
  version: 1,
});

export function readAutoBackup(): Promise<AutoBackupSetting> {
  return readValid(autoBackupSetting, AutoBackupSetting);
}

/** Checks what the user chose; the message says what is wrong. */
export function checkAutoBackup(value: unknown): { ok: true; setting: AutoBackupSetting } | { ok: false; error: string } {
  const parsed = AutoBackupSetting.safeParse(value);
  return parsed.success
    ? { ok: true, setting: parsed.data }
    : { ok: false, error: i18n.t('autoBackup.invalid', { most: MOST_BACKUPS_KEPT }) };
}

/** Section id → folded: the panel's sections as the user left them, the same in every panel. */
const PanelFolds = z.record(z.string(), z.boolean());
export type PanelFolds = z.infer<typeof PanelFolds>;
export const panelFolds = storage.defineItem<PanelFolds>(STORAGE_KEYS.panelFolds, { fallback: {}, version: 1 });

export function readPanelFolds(): Promise<PanelFolds> {
  return readValid(panelFolds, PanelFolds);
}

/** Folds or unfolds one section, keeping the others as they are. */
export async function setPanelFold(id: string, folded: boolean): Promise<void> {
  await panelFolds.setValue({ ...(await readPanelFolds()), [id]: folded });
}
