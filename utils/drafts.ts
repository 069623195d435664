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
