/**
 * An encrypted backup: the whole backup JSON sealed (AES-256-GCM) with a key
 * from the user's passphrase, and what it takes to derive that key again
 * (salt, iterations, a check value). The same passphrase that unlocks the
 * notes opens the file, on any computer.
 */
import type { Keyring } from '../crypto/passphrase';
import { openKeyring } from '../crypto/passphrase';
import { seal, unseal } from '../crypto/seal';
import { parseBackupText, type ReadResult } from './read';
import { SEALED_FORMAT, SealedBackup } from './format';

export { SEALED_FORMAT, SealedBackup };
import { i18n } from '#i18n';

export function sealBackup(backupJson: string, keyring: Keyring, key: Uint8Array): string {
  return sealedEnvelope(keyring, seal(key, backupJson));
}

/** The file around a sealed backup ("enc1:" + base64), however it was sealed (here, or by WebCrypto in utils/backup/write-backup.ts). */
export function sealedEnvelope(keyring: Keyring, data: string): string {
  const envelope: SealedBackup = { format: SEALED_FORMAT, version: 1, keyring, data };
  return JSON.stringify(envelope);
}

export async function openSealedBackup(envelope: SealedBackup, passphrase: string): Promise<ReadResult> {
  const key = await openKeyring(envelope.keyring as Keyring, passphrase);
  if (!key) return { ok: false, error: i18n.t('backupRead.wrongPassphrase') };
  try {
    return parseBackupText(unseal(key, envelope.data));
  } catch {
    return { ok: false, error: i18n.t('backupRead.sealedDamaged') };
  }
}
