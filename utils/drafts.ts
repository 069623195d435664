import type { DraftStore } from './autosave';
import { encryptionState } from './crypto/middleware';
import { isSealed, seal, unseal } from './crypto/seal';

/**
 * The extension page's localStorage as the autosave journal, or none where the
 * browser denies it. With encryption on, journal entries are sealed with the
 * same key as the database: unsaved typing is not left readable on disk.
 */
export function localDrafts(): DraftStore | undefined {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return undefined;
  }
  return {
    getItem(key) {
      const value = store.getItem(key);
      if (!isSealed(value)) return value;
      const secret = encryptionState().key;
      if (!secret) return null;
      try {
        return unseal(secret, value);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      const { enabled, key: secret } = encryptionState();
      store.setItem(key, enabled && secret ? seal(secret, value) : value);
    },
    removeItem: (key) => store.removeItem(key),
  };
}

/**
 * After the notes moved to a new key (or out of encryption): every journal entry of unsaved
 * typing is sealed again with the new key (or kept open), so none is lost or left readable.
 */
export function resealDrafts(before: Uint8Array | null, after: Uint8Array | null): void {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return;
  }
  for (const name of Object.keys(store)) {
    if (!name.startsWith('draft:')) continue;
    const value = store.getItem(name);
    if (value === null) continue;
    let text: string | null = value;
    if (isSealed(value)) {
      try {
        text = before ? unseal(before, value) : null;
      } catch {
        text = null;
      }
    }
    if (text === null) continue;
    store.setItem(name, after ? seal(after, text) : text);
  }
}
