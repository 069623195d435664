/**
 * From a passphrase to a key: PBKDF2-HMAC-SHA-256 (WebCrypto) at 600,000
 * iterations, OWASP's current figure. Async, so it runs once at unlock, never
 * inside a database transaction.
 */
import { fromBase64, seal, toBase64, unseal } from './seal';

export const ITERATIONS = 600_000;
export const MIN_PASSPHRASE = 10;
const CHECK = 'one-on-one-companion:key-check';

export interface Keyring {
  v: 1;
  salt: string;
  iterations: number;
  /** A known text sealed with the key: opening it proves a passphrase right without touching any note. */
  check: string;
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = ITERATIONS): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 256);
  return new Uint8Array(bits);
}

export async function newKeyring(passphrase: string, iterations = ITERATIONS): Promise<{ keyring: Keyring; key: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, keyring: { v: 1, salt: toBase64(salt), iterations, check: seal(key, CHECK) } };
}

/** The key, if the passphrase is right; undefined if not. Nothing is changed either way. */
export async function openKeyring(keyring: Keyring, passphrase: string): Promise<Uint8Array | undefined> {
  const key = await deriveKey(passphrase, fromBase64(keyring.salt), keyring.iterations);
  return keyMatches(keyring, key) ? key : undefined;
}

export function keyMatches(keyring: Keyring, key: Uint8Array): boolean {
  try {
    return unseal(key, keyring.check) === CHECK;
  } catch {
    return false;
  }
}
