/**
 * Writes the automatic backups (issue 22) from the background: when the schedule says one is
 * due (an alarm looks every hour) or the user asks ("Back up now"). The file goes into the
 * user's downloads (1on1-companion/backup-YYYY-MM-DD.json) through the downloads API, without a
 * dialog; it is sealed with the notes' key when encryption is on (never a plain copy of sealed
 * notes: while locked, nothing is written, and it runs once they are unlocked); it is written only when
 * something changed; the newest N of ours are kept. Every outcome that is not a file written or
 * "nothing changed" is kept as the failure the popup and the options page show.
 */
import type { CompanionDatabase } from '../db/database';
import {
  BACKUP_FOLDER,
  autoBackupState,
  backupDue,
  backupFileName,
  isOurBackupName,
  readAutoBackupState,
  rotate,
  type AutoBackupState,
  type BackupOutcome,
  type Failure,
  type Written,
} from '../backup/auto-backup-state';
import { buildBackup, fileUrl, Slicer } from '../backup/write-backup';
import { encryptionState } from '../crypto/middleware';
import { currentKeyring } from '../crypto/lock';
import { lastBackupAt, readAutoBackup, readCadence, readOverrides } from '../extension/settings';

export const AUTO_BACKUP_ALARM = 'auto-backup';
/** The alarm's period: a browser that was closed or asleep at the hour catches up within this. */
export const AUTO_BACKUP_PERIOD_MINUTES = 60;
/** How long a download may take before we call it failed. */
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The part of the browser's downloads API we use (browser.downloads; a fake in unit tests). */
export interface Downloads {
  download(options: { url: string; filename: string; saveAs: boolean; conflictAction: 'overwrite' }): Promise<number>;
  search(query: {
    id: number;
  }): Promise<{ id: number; state?: string; error?: string; filename: string; byExtensionId?: string; exists?: boolean }[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<unknown>;
}

export interface RunOptions {
  now: Date;
  /** The user asked: written even when not due or unchanged. */
  byHand: boolean;
  downloads: Downloads;
  extensionId: string;
  /** How long to wait between looks at a download in progress (tests make it short). */
  pollMs?: number;
  /** Where the context cannot make a blob URL but another can (Chrome: utils/background/offscreen-url.ts); else `fileUrl`. */
  makeUrl?: (bytes: Uint8Array<ArrayBuffer>) => Promise<{ url: string; revoke(): void }>;
}

export async function runAutoBackup(db: CompanionDatabase, options: RunOptions): Promise<BackupOutcome> {
  const { now, byHand } = options;
  const [setting, stored] = await Promise.all([readAutoBackup(), readAutoBackupState()]);
  const state = stored.since ? stored : { ...stored, since: await firstUse(db, now) };
  if (!stored.since) await autoBackupState.setValue(state);
  if (!byHand) {
    const due = backupDue(setting, state, now);
    if (!due.due) return { kind: 'not-due', why: due.why };
  }
  const fail = async (reason: Failure, detail?: string): Promise<BackupOutcome> => {
    await autoBackupState.setValue({
      ...(await readAutoBackupState()),
      failure: { at: now.toISOString(), reason, ...(detail ? { detail: detail.slice(0, 200) } : {}) },
    });
    return { kind: 'failed', reason, ...(detail ? { detail } : {}) };
  };

  const { enabled, key } = encryptionState();
  const waitForUnlock = async (): Promise<BackupOutcome> => {
    await autoBackupState.setValue({ ...(await readAutoBackupState()), waiting: 'unlock' });
    return { kind: 'failed', reason: 'locked' };
  };
  if (enabled && !key) return waitForUnlock();
  if ((await db.people.count()) + (await db.meetings.count()) === 0) return { kind: 'empty' };
  const started = performance.now();
  const slicer = new Slicer();
  let built;
  try {
    const keyring = enabled ? await currentKeyring(db) : null;
    if (enabled && (!keyring || !key)) return waitForUnlock();
    const settings = { cadence: await readCadence(), recognitionOverrides: await readOverrides() };
    built = await buildBackup(db, settings, now, keyring && key ? { keyring, key } : undefined, slicer);
  } catch (error) {
    return fail('read', error instanceof Error ? error.message : String(error));
  }
  if (!byHand && built.fingerprint === state.fingerprint && (await lastFileStillThere(options.downloads, state))) {
    await autoBackupState.setValue(settled(await readAutoBackupState(), { checkedAt: now.toISOString() }));
    // The last file holds all there is: as good as a backup made now.
    await lastBackupAt.setValue(now.toISOString());
    return { kind: 'unchanged' };
  }

  const name = backupFileName(now);
  const size = built.bytes.length;
  const file = options.makeUrl
    ? await options.makeUrl(built.bytes).catch(() => fileUrl(built.bytes, slicer))
    : await fileUrl(built.bytes, slicer);
  let id: number;
  try {
    id = await options.downloads.download({ url: file.url, filename: name, saveAs: false, conflictAction: 'overwrite' });
    const ended = await finished(options.downloads, id, options.pollMs ?? 250);
    if (ended.state !== 'complete') return fail(failureOf(ended.error), ended.error);
  } catch (error) {
    return fail('download', error instanceof Error ? error.message : String(error));
  } finally {
    file.revoke();
  }

  const written: Written = { id, name, at: now.toISOString(), bytes: size, sealed: Boolean(enabled) };
  const latest = await readAutoBackupState();
  const { kept, remove, replaced } = rotate(latest.files, written, setting.keep);
  let removed = 0;
  for (const old of remove) if (await removeOurs(options.downloads, old, options.extensionId)) removed++;
  // The same day's earlier download: its file is the one just overwritten; only its history entry goes.
  for (const old of replaced) await options.downloads.erase({ id: old.id }).catch(() => undefined);
  await autoBackupState.setValue(settled(latest, { files: kept, fingerprint: built.fingerprint, checkedAt: now.toISOString() }));
  await lastBackupAt.setValue(now.toISOString());
  return { kind: 'written', file: written, ms: Math.round(performance.now() - started), removed };
}

/** Whether the newest file we wrote is still on disk (someone may have deleted or moved it): if not, "nothing changed" is no backup. */
async function lastFileStillThere(downloads: Downloads, state: AutoBackupState): Promise<boolean> {
  const last = state.files.at(-1);
  if (!last) return false;
  const [item] = await downloads.search({ id: last.id }).catch(() => []);
  return item?.exists !== false && item !== undefined;
}

/** The state after a look that settled the day: the failure before it is over. */
function settled(state: AutoBackupState, changes: Partial<AutoBackupState>): AutoBackupState {
  const next = { ...state, ...changes };
  delete next.failure;
  delete next.waiting;
  return next;
}

/** The first week counts from the oldest person stored (someone who used us before automatic backups existed is past it). */
async function firstUse(db: CompanionDatabase, now: Date): Promise<string> {
  let oldest = now.toISOString();
  await db.people.each((person) => {
    if (person.createdAt < oldest) oldest = person.createdAt;
  });
  return new Date(oldest).toISOString();
}

async function finished(downloads: Downloads, id: number, pollMs: number): Promise<{ state: string; error?: string }> {
  const deadline = Date.now() + DOWNLOAD_TIMEOUT_MS;
  for (;;) {
    const [item] = await downloads.search({ id });
    if (!item) return { state: 'interrupted', error: 'GONE' };
    if (item.state && item.state !== 'in_progress') return { state: item.state, ...(item.error ? { error: item.error } : {}) };
    if (Date.now() > deadline) return { state: 'interrupted', error: 'TIMEOUT' };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The browser's reasons (downloads.InterruptReason), in the few kinds the user can act on. */
function failureOf(error: string | undefined): Failure {
  if (error === 'FILE_NO_SPACE') return 'space';
  if (error === 'USER_CANCELED' || error === 'USER_SHUTDOWN') return 'cancelled';
  if (error?.startsWith('FILE_')) return 'folder';
  return 'download';
}

/** Removes an old backup only if the browser confirms it is a download of ours, under our name, still there. */
async function removeOurs(downloads: Downloads, file: Written, extensionId: string): Promise<boolean> {
  const [item] = await downloads.search({ id: file.id }).catch(() => []);
  const base = file.name.slice(file.name.lastIndexOf('/') + 1);
  const path = item?.filename.replaceAll('\\', '/') ?? '';
  const ours =
    item !== undefined && isOurBackupName(file.name) && item.byExtensionId === extensionId && path.endsWith(`/${BACKUP_FOLDER}/${base}`);
  if (!ours) return false;
  try {
    if (item.exists !== false) await downloads.removeFile(file.id);
    await downloads.erase({ id: file.id });
    return true;
  } catch {
    return false;
  }
}

export type { AutoBackupState, BackupOutcome };
