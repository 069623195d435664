/**
 * An encrypted backup: the whole backup JSON sealed (AES-256-GCM) with a key
 * from the user's passphrase, and what it takes to derive that key again
 * (salt, iterations, a check value). The same passphrase that unlocks the
 * notes opens the file, on any computer.
 */
import { z } from 'zod';
import type { Keyring } from '../crypto/passphrase';
import { openKeyring } from '../crypto/passphrase';
import { seal, unseal } from '../crypto/seal';
import { parseBackupText, type ReadResult } from './read';
import { i18n } from '#i18n';

export const SEALED_FORMAT = 'one-on-one-companion-backup-encrypted';

export const SealedBackup = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1),
  keyring: z.object({
    v: z.literal(1),
    salt: z.string().max(100),
    iterations: z.number().int().min(100_000).max(10_000_000),
    check: z.string().max(1000),
  }),
  data: z.string().startsWith('enc1:'),
});
export type SealedBackup = z.infer<typeof SealedBackup>;

export function sealBackup(backupJson: string, keyring: Keyring, key: Uint8Array): string {
  const envelope: SealedBackup = { format: SEALED_FORMAT, version: 1, keyring, data: seal(key, backupJson) };
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
