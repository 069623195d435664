import type { DraftStore } from './autosave';
import { encryptionState } from '../crypto/middleware';
import { isSealed, seal, unseal } from '../crypto/seal';

/**
 * The extension page's localStorage as the autosave journal, or none where the
 * browser denies it. With encryption on, journal entries are sealed with the
 * same key as the database: unsaved typing is not left readable on disk.
 */
export function localDrafts(): DraftStore | undefined {
  const store = journalStorage();
  if (!store) return undefined;
  return {
    getItem: (key) => openEntry(store.getItem(key), encryptionState().key),
    setItem(key, value) {
      const { enabled, key: secret } = encryptionState();
      store.setItem(key, sealEntry(value, enabled ? secret : null));
    },
    removeItem: (key) => store.removeItem(key),
  };
}

/** The extension origin's localStorage, or none where the browser denies it. */
function journalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A journal entry's text: opened when sealed; null when this key (or none) does not open it. */
function openEntry(value: string | null, key: Uint8Array | null): string | null {
  if (!isSealed(value)) return value;
  if (!key) return null;
  try {
    return unseal(key, value);
  } catch {
    return null;
  }
}

function sealEntry(text: string, key: Uint8Array | null): string {
  return key ? seal(key, text) : text;
}

/**
 * After the notes moved to a new key (or out of encryption): every journal entry of unsaved
 * typing is sealed again with the new key (or kept open), so none is lost or left readable.
 */
export function resealDrafts(before: Uint8Array | null, after: Uint8Array | null): void {
  const store = journalStorage();
  if (!store) return;
  for (const name of Object.keys(store)) {
    if (!name.startsWith('draft:')) continue;
    const text = openEntry(store.getItem(name), before);
    if (text !== null) store.setItem(name, sealEntry(text, after));
  }
}
