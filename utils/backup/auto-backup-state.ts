/**
 * Automatic backups (issue 22): what has been written, and the rules of the schedule. Pure:
 * the background's runner (utils/background/auto-backup.ts) and the pages' status read these.
 *
 * - Due once per calendar day (daily) or seven days after the last check (weekly), never while
 *   the schedule is off, and by default not in the first week of use (the user is asked once,
 *   then; choosing a schedule before that starts it at once).
 * - A file is written only when what it would hold changed since the last one (a fingerprint
 *   of the data and settings, keyed with the notes' key when they are encrypted).
 * - The newest `keep` files of ours stay; older ones of ours are removed. Ours: a download this
 *   extension started under our folder and name, recorded here by its download id.
 */
import { addDays, differenceInCalendarDays, formatISO, isBefore, parseISO } from 'date-fns';
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import type { AutoBackupSetting } from '../extension/settings';
import { readValid } from '../extension/settings';

export const BACKUP_FOLDER = '1on1-companion';
/** How long a new user writes notes before the first automatic backup (and the one question about it). */
export const FIRST_WEEK_DAYS = 7;
const NAME = new RegExp(`^${BACKUP_FOLDER}/backup-\\d{4}-\\d{2}-\\d{2}\\.json$`);

const IsoInstant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/));
const Written = z.object({
  /** The browser's download id: what lets us remove the file later, and only that file. */
  id: z.number().check(z.int(), z.minimum(0)),
  name: z.string().check(z.regex(NAME)),
  at: IsoInstant,
  bytes: z.number().check(z.minimum(0)),
  sealed: z.boolean(),
});
export type Written = z.infer<typeof Written>;

/** Why a backup could not be written: a code, turned into words where it is shown. */
export const FAILURES = ['locked', 'folder', 'space', 'cancelled', 'download', 'read'] as const;
export type Failure = (typeof FAILURES)[number];

const AutoBackupState = z.object({
  /** When we first saw this browser in use (the first week counts from here). */
  since: z.optional(IsoInstant),
  /** The last time a due backup was looked at and settled: written, or nothing changed. */
  checkedAt: z.optional(IsoInstant),
  fingerprint: z.optional(z.string()),
  /** Oldest first. */
  files: z.array(Written),
  /** A backup was due while the notes were locked: it runs when they are unlocked (not a failure: the pages show the lock). */
  waiting: z.optional(z.literal('unlock')),
  /** The last attempt that did not write, and why; cleared by the next one that does. */
  failure: z.optional(z.object({ at: IsoInstant, reason: z.enum(FAILURES), detail: z.optional(z.string()) })),
});
export type AutoBackupState = z.infer<typeof AutoBackupState>;

export const autoBackupState = storage.defineItem<AutoBackupState>(STORAGE_KEYS.autoBackupState, {
  fallback: { files: [] },
  version: 1,
});

export function readAutoBackupState(): Promise<AutoBackupState> {
  return readValid(autoBackupState, AutoBackupState);
}

/** `1on1-companion/backup-2026-11-30.json`, the day in the user's own time zone. */
export function backupFileName(now: Date): string {
  return `${BACKUP_FOLDER}/backup-${formatISO(now, { representation: 'date' })}.json`;
}

export function isOurBackupName(name: string): boolean {
  return NAME.test(name);
}

/** The end of the first week: no automatic backup, and no question about it, before. */
export function firstWeekEnds(state: AutoBackupState, now: Date): Date {
  return addDays(parseISO(state.since ?? now.toISOString()), FIRST_WEEK_DAYS);
}

export type Due = { due: true } | { due: false; why: 'off' | 'first-week' | 'done' };

/** Whether the schedule asks for a backup now (a backup asked for by hand is always due). */
export function backupDue(setting: AutoBackupSetting, state: AutoBackupState, now: Date): Due {
  if (setting.every === 'off') return { due: false, why: 'off' };
  // The first week waits for the default only: someone who chose a schedule wants it now.
  if (!setting.askedAt && isBefore(now, firstWeekEnds(state, now))) return { due: false, why: 'first-week' };
  if (!state.checkedAt) return { due: true };
  const days = differenceInCalendarDays(now, parseISO(state.checkedAt));
  return days >= (setting.every === 'day' ? 1 : 7) ? { due: true } : { due: false, why: 'done' };
}

/** Whether to ask the one question now: after the first week, until answered, with something worth keeping. */
export function shouldAsk(setting: AutoBackupSetting, state: AutoBackupState, hasData: boolean, now: Date): boolean {
  return hasData && !setting.askedAt && !isBefore(now, firstWeekEnds(state, now));
}

/**
 * The files after `written` joins them: the newest `keep` stay, older ones are to be removed. A
 * second backup on the same day overwrote that day's file: the earlier download is `replaced`
 * (its history entry goes, never the file, which is now the new one).
 */
export function rotate(
  files: readonly Written[],
  written: Written,
  keep: number,
): { kept: Written[]; remove: Written[]; replaced: Written[] } {
  const replaced = files.filter((file) => file.name === written.name && file.id !== written.id);
  const all = [...files.filter((file) => file.name !== written.name && file.id !== written.id), written].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  const cut = Math.max(0, all.length - keep);
  return { kept: all.slice(cut), remove: all.slice(0, cut), replaced };
}

/** What a look at the schedule came to (the background's answer to "Back up now"). */
export type BackupOutcome =
  | { kind: 'written'; file: Written; ms: number; removed: number }
  | { kind: 'unchanged' }
  | { kind: 'empty' }
  | { kind: 'not-due'; why: Extract<Due, { due: false }>['why'] }
  | { kind: 'failed'; reason: Failure; detail?: string };

/** What the status line says: the last file written, its size and how many are kept. */
export interface BackupStatus {
  last?: Written;
  kept: number;
  failure?: AutoBackupState['failure'];
}

export function backupStatus(state: AutoBackupState): BackupStatus {
  const last = state.files.at(-1);
  return { ...(last ? { last } : {}), kept: state.files.length, ...(state.failure ? { failure: state.failure } : {}) };
}
