/**
 * Sealing a string with AES-256-GCM, synchronously (so it can run inside an
 * IndexedDB transaction, where awaiting WebCrypto would end the transaction).
 * @noble/ciphers is an audited, dependency-free implementation.
 * Format: "enc1:" + base64(12-byte random nonce ‖ ciphertext ‖ 16-byte tag).
 */
import { gcm } from '@noble/ciphers/aes.js';

const PREFIX = 'enc1:';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function seal(key: Uint8Array, text: string): string {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = gcm(key, nonce).encrypt(encoder.encode(text));
  const bytes = new Uint8Array(nonce.length + sealed.length);
  bytes.set(nonce);
  bytes.set(sealed, nonce.length);
  return PREFIX + toBase64(bytes);
}

/** Opens a sealed string; throws when the key is not the one it was sealed with (GCM's tag fails). */
export function unseal(key: Uint8Array, value: string): string {
  const bytes = fromBase64(value.slice(PREFIX.length));
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
