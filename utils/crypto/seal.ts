/**
 * Sealing a string with AES-256-GCM, synchronously (so it can run inside an
 * IndexedDB transaction, where awaiting WebCrypto would end the transaction).
 * @noble/ciphers is an audited, dependency-free implementation.
 *
 * Two forms of the same sealed bytes (12-byte random nonce ‖ ciphertext ‖ 16-byte tag):
 * - a sealed *value* in the database is an object, `{ sealed: 1, data: base64 }`. User
 *   text is always a string, so nothing typed or imported can pass for sealed (a note
 *   that happens to begin with "enc1:" is a note);
 * - a sealed *string*, "enc1:" + base64, where the whole string is ours and never user
 *   text: the keyring's check value, an encrypted backup's payload, the draft journal.
 */
import { gcm } from '@noble/ciphers/aes.js';

const PREFIX = 'enc1:';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A sealed text as the database holds it. */
export interface SealedValue {
  sealed: 1;
  data: string;
}

/** Whether a value in the database is sealed: only ever an object of ours, never a string. */
export function isSealedValue(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<SealedValue>).sealed === 1 &&
    typeof (value as Partial<SealedValue>).data === 'string'
  );
}

export function sealValue(key: Uint8Array, text: string): SealedValue {
  return { sealed: 1, data: toBase64(sealBytes(key, text)) };
}

/** Opens a sealed value; throws when the key is not the one it was sealed with (GCM's tag fails) or the bytes are damaged. */
export function openValue(key: Uint8Array, value: SealedValue): string {
  return openBytes(key, fromBase64(value.data));
}

/** A sealed string of ours (see above): where the whole string is ours, never user text. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function seal(key: Uint8Array, text: string): string {
  return PREFIX + toBase64(sealBytes(key, text));
}

/** Opens a sealed string; throws when the key is not the one it was sealed with (GCM's tag fails). */
export function unseal(key: Uint8Array, value: string): string {
  return openBytes(key, fromBase64(value.slice(PREFIX.length)));
}

function sealBytes(key: Uint8Array, text: string): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = gcm(key, nonce).encrypt(encoder.encode(text));
  const bytes = new Uint8Array(nonce.length + sealed.length);
  bytes.set(nonce);
  bytes.set(sealed, nonce.length);
  return bytes;
}

function openBytes(key: Uint8Array, bytes: Uint8Array): string {
  return decoder.decode(gcm(key, bytes.subarray(0, 12)).decrypt(bytes.subarray(12)));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
