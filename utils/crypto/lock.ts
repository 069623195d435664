/**
 * Turning encryption on and off, locking and unlocking. The keyring (salt,
 * iteration count, a check value: never the key) lives in the notes store
 * itself (its `meta` table, in the extension's own origin: no content script
 * reaches it); the key, once unlocked, in storage.session, which the browser
 * keeps in memory only, never shows content scripts, and forgets when it
 * closes: unlocked once per browser session, for every extension page at once.
 *
 * Turning encryption on, changing the passphrase and turning it off each move
 * the notes into a new store with its keyring (utils/db/database.ts, moveNotes):
 * the keyring and the data it opens switch together, in one step, so no crash
 * can leave notes under a key nobody has.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import * as z from 'zod/mini';
import { database, moveNotes, storePointer, type CompanionDatabase, type MoveStep } from '../db/database';
import { allCommitments } from '../db/commitments';
import { resealDrafts } from '../extension/drafts';
import { keyMatches, MIN_PASSPHRASE, newKeyring, openKeyring, type Keyring } from './passphrase';
import { encryptionState, setEncryption } from './middleware';
import { fromBase64, toBase64 } from './seal';
import { readValid } from '../extension/settings';
import { i18n } from '#i18n';

const KeyringSchema = z.object({
  v: z.literal(1),
  salt: z.string(),
  iterations: z.number().check(z.int(), z.minimum(100_000)),
  check: z.string(),
});

/** Where versions before 17 kept the keyring (readable by content scripts): read once, moved into the store. */
export const legacyKeyringItem = storage.defineItem<Keyring | null>(STORAGE_KEYS.legacyKeyring, { fallback: null, version: 1 });
export const sessionKeyItem = storage.defineItem<string | null>(STORAGE_KEYS.encryptionKey, { fallback: null, version: 1 });

export type LockState = 'off' | 'locked' | 'unlocked';

/** The keyring of a store; a store of the default kind may still have it where versions before kept it. */
async function readKeyring(db: CompanionDatabase = database()): Promise<Keyring | null> {
  const row = await db.meta.get('keyring');
  if (row) {
    const parsed = KeyringSchema.safeParse(row.value);
    return parsed.success ? (parsed.data as Keyring) : null;
  }
  const legacy = await readValid(legacyKeyringItem, KeyringSchema);
  if (!legacy) return null;
  // Into the store, then gone from storage.local (content scripts can read that).
  await db.meta.put({ id: 'keyring', value: legacy });
  await legacyKeyringItem.setValue(null);
  return legacy as Keyring;
}

/** Loads this page's encryption state; call before the first read. */
export async function loadLockState(db: CompanionDatabase = database()): Promise<LockState> {
  const keyring = await readKeyring(db);
  if (!keyring) {
    setEncryption(false, null);
    return 'off';
  }
  const stored = await sessionKeyItem.getValue();
  const key = stored ? fromBase64(stored) : null;
  const valid = key && keyMatches(keyring, key) ? key : null;
  setEncryption(true, valid);
  return valid ? 'unlocked' : 'locked';
}

/** Follows locking and unlocking done in another page. */
export function watchLockState(onChange: (state: LockState) => void): () => void {
  const reload = () => void loadLockState().then(onChange);
  const unwatchKey = sessionKeyItem.watch(reload);
  const unwatchRing = storePointer.watch(reload);
  return () => {
    unwatchKey();
    unwatchRing();
  };
}

export type Outcome = { ok: true } | { ok: false; error: string };
const WRONG = () => i18n.t('lockErrors.wrong');

export async function unlock(passphrase: string, db: CompanionDatabase = database()): Promise<Outcome> {
  const keyring = await readKeyring(db);
  if (!keyring) return { ok: false, error: i18n.t('lockErrors.notOn') };
  const key = await openKeyring(keyring, passphrase);
  if (!key) return { ok: false, error: WRONG() };
  await sessionKeyItem.setValue(toBase64(key));
  setEncryption(true, key);
  return { ok: true };
}

export async function lockNow(): Promise<void> {
  await sessionKeyItem.setValue(null);
  setEncryption(encryptionState().enabled, null);
}

export function checkNewPassphrase(passphrase: string, repeated: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE) return i18n.t('lockErrors.tooShort', { min: MIN_PASSPHRASE });
  if (passphrase !== repeated) return i18n.t('lockErrors.differ');
  return undefined;
}

export type Moved = { ok: true; db: CompanionDatabase } | { ok: false; error: string };

/** Moves the notes into a new store sealed as `next` says, with its keyring: see moveNotes. */
async function moveSealed(
  db: CompanionDatabase,
  next: { keyring: Keyring; key: Uint8Array } | null,
  before: Uint8Array | null,
  failAt: MoveStep | undefined,
): Promise<CompanionDatabase> {
  const moved = await moveNotes(db, {
    switchTo: () => setEncryption(next !== null, next?.key ?? null),
    restore: () => setEncryption(before !== null, before),
    extra: async (to) => {
      if (next) await to.meta.put({ id: 'keyring', value: next.keyring });
    },
    ...(failAt ? { failAt } : {}),
  });
  // The journal of unsaved typing follows the new key (or lies open again when encryption goes off).
  resealDrafts(before, next?.key ?? null);
  await legacyKeyringItem.setValue(null);
  await sessionKeyItem.setValue(next ? toBase64(next.key) : null);
  return moved;
}

const failed = (key: 'encryptFailed' | 'reencryptFailed' | 'decryptFailed', error: unknown): Moved => ({
  ok: false,
  error: i18n.t(`lockErrors.${key}`, { reason: error instanceof Error ? error.message : String(error) }),
});

export async function enableEncryption(db: CompanionDatabase, passphrase: string, iterations?: number, failAt?: MoveStep): Promise<Moved> {
  if (await readKeyring(db)) return { ok: false, error: i18n.t('lockErrors.alreadyOn') };
  const next = await newKeyring(passphrase, iterations);
  setEncryption(false, null);
  try {
    return { ok: true, db: await moveSealed(db, next, null, failAt) };
  } catch (error) {
    return failed('encryptFailed', error);
  }
}

export async function changePassphrase(
  db: CompanionDatabase,
  current: string,
  next: string,
  iterations?: number,
  failAt?: MoveStep,
): Promise<Moved> {
  const keyring = await readKeyring(db);
  if (!keyring) return { ok: false, error: i18n.t('lockErrors.notOn') };
  const oldKey = await openKeyring(keyring, current);
  if (!oldKey) return { ok: false, error: WRONG() };
  const fresh = await newKeyring(next, iterations ?? keyring.iterations);
  setEncryption(true, oldKey);
  try {
    return { ok: true, db: await moveSealed(db, fresh, oldKey, failAt) };
  } catch (error) {
    return failed('reencryptFailed', error);
  }
}

export async function disableEncryption(db: CompanionDatabase, passphrase: string, failAt?: MoveStep): Promise<Moved> {
  const keyring = await readKeyring(db);
  if (!keyring) return { ok: false, error: i18n.t('lockErrors.notOn') };
  const key = await openKeyring(keyring, passphrase);
  if (!key) return { ok: false, error: WRONG() };
  setEncryption(true, key);
  // A note (or a commitment's text) no key opens would stay sealed with encryption off, where nothing could ever open it.
  const [meetings, commitments] = await Promise.all([db.meetings.toArray(), allCommitments(db)]);
  const unopened = [...meetings, ...commitments].filter((record) => record.unopened).length;
  if (unopened > 0) return { ok: false, error: i18n.t('lockErrors.unopenedStay', unopened) };
  try {
    return { ok: true, db: await moveSealed(db, null, key, failAt) };
  } catch (error) {
    return failed('decryptFailed', error);
  }
}

/** The keyring of this browser, for sealing an export that the same passphrase opens. */
export async function currentKeyring(db: CompanionDatabase = database()): Promise<Keyring | null> {
  return readKeyring(db);
}

/** After erasing everything: no data, so no key to remember. */
export async function forgetEncryption(db: CompanionDatabase = database()): Promise<void> {
  await db.meta.delete('keyring');
  await legacyKeyringItem.setValue(null);
  await sessionKeyItem.setValue(null);
  setEncryption(false, null);
}
