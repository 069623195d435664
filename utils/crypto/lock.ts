/**
 * Turning encryption on and off, locking and unlocking. The keyring (salt,
 * iteration count, a check value: never the key) lives in storage.local; the
 * key, once unlocked, in storage.session, which the browser keeps in memory
 * only and forgets when it closes: unlocked once per browser session, for
 * every extension page at once.
 */
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { CompanionDatabase } from '../db/database';
import { keyMatches, MIN_PASSPHRASE, newKeyring, openKeyring, type Keyring } from './passphrase';
import { encryptionState, setEncryption } from './middleware';
import { fromBase64, toBase64 } from './seal';
import { readValid } from '../settings';
import { i18n } from '#i18n';

const KeyringSchema = z.object({
  v: z.literal(1),
  salt: z.string(),
  iterations: z.number().check(z.int(), z.minimum(100_000)),
  check: z.string(),
});

export const keyringItem = storage.defineItem<Keyring | null>('local:keyring', { fallback: null, version: 1 });
export const sessionKeyItem = storage.defineItem<string | null>('session:encryptionKey', { fallback: null, version: 1 });

export type LockState = 'off' | 'locked' | 'unlocked';

function readKeyring(): Promise<Keyring | null> {
  return readValid(keyringItem, KeyringSchema);
}

/** Loads this page's encryption state; call before the first read. */
export async function loadLockState(): Promise<LockState> {
  const keyring = await readKeyring();
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
  const unwatchRing = keyringItem.watch(reload);
  return () => {
    unwatchKey();
    unwatchRing();
  };
}

export type Outcome = { ok: true } | { ok: false; error: string };
const WRONG = () => i18n.t('lockErrors.wrong');

export async function unlock(passphrase: string): Promise<Outcome> {
  const keyring = await readKeyring();
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

/** Rewrites every sealed table in one transaction, under the key set by `switchTo` (called inside it, after reading). */
async function rewriteAll(db: CompanionDatabase, switchTo: () => void): Promise<void> {
  await db.transaction('rw', db.meetings, db.commitments, async () => {
    // A record that cannot be opened stays sealed as it is (under whatever key it was sealed with).
    const meetings = (await db.meetings.toArray()).filter((meeting) => !meeting.unopened);
    const commitments = (await db.commitments.toArray()).filter((commitment) => !commitment.unopened);
    switchTo();
    await db.meetings.bulkPut(meetings);
    await db.commitments.bulkPut(commitments);
  });
}

export function checkNewPassphrase(passphrase: string, repeated: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE) return i18n.t('lockErrors.tooShort', { min: MIN_PASSPHRASE });
  if (passphrase !== repeated) return i18n.t('lockErrors.differ');
  return undefined;
}

export async function enableEncryption(db: CompanionDatabase, passphrase: string, iterations?: number): Promise<Outcome> {
  if (await readKeyring()) return { ok: false, error: i18n.t('lockErrors.alreadyOn') };
  const { keyring, key } = await newKeyring(passphrase, iterations);
  try {
    await rewriteAll(db, () => setEncryption(true, key));
  } catch (error) {
    setEncryption(false, null);
    return {
      ok: false,
      error: i18n.t('lockErrors.encryptFailed', { reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  await keyringItem.setValue(keyring);
  await sessionKeyItem.setValue(toBase64(key));
  return { ok: true };
}

export async function changePassphrase(db: CompanionDatabase, current: string, next: string, iterations?: number): Promise<Outcome> {
  const keyring = await readKeyring();
  if (!keyring) return { ok: false, error: i18n.t('lockErrors.notOn') };
  const oldKey = await openKeyring(keyring, current);
  if (!oldKey) return { ok: false, error: WRONG() };
  const fresh = await newKeyring(next, iterations ?? keyring.iterations);
  setEncryption(true, oldKey);
  try {
    await rewriteAll(db, () => setEncryption(true, fresh.key));
  } catch (error) {
    setEncryption(true, oldKey);
    return {
      ok: false,
      error: i18n.t('lockErrors.reencryptFailed', { reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  await keyringItem.setValue(fresh.keyring);
  await sessionKeyItem.setValue(toBase64(fresh.key));
  return { ok: true };
}

export async function disableEncryption(db: CompanionDatabase, passphrase: string): Promise<Outcome> {
  const keyring = await readKeyring();
  if (!keyring) return { ok: false, error: i18n.t('lockErrors.notOn') };
  const key = await openKeyring(keyring, passphrase);
  if (!key) return { ok: false, error: WRONG() };
  setEncryption(true, key);
  // A note no key opens would stay sealed with encryption off, where nothing could ever open it.
  const unopened = (await db.meetings.toArray()).filter((meeting) => meeting.unopened).length;
  if (unopened > 0) return { ok: false, error: i18n.t('lockErrors.unopenedStay', unopened) };
  try {
    await rewriteAll(db, () => setEncryption(false, null));
  } catch (error) {
    setEncryption(true, key);
    return {
      ok: false,
      error: i18n.t('lockErrors.decryptFailed', { reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  await keyringItem.setValue(null);
  await sessionKeyItem.setValue(null);
  return { ok: true };
}

/** The keyring of this browser, for sealing an export that the same passphrase opens. */
export async function currentKeyring(): Promise<Keyring | null> {
  return readKeyring();
}

/** After erasing everything: no data, so no key to remember. */
export async function forgetEncryption(): Promise<void> {
  await keyringItem.setValue(null);
  await sessionKeyItem.setValue(null);
  setEncryption(false, null);
}
