/**
 * Every storage key in the code is in the registry (utils/protocol/storage-keys.ts), each
 * registered key is used, and locking the notes clears the keys marked so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS, nameOf } from '@/utils/protocol/storage-keys';
import { writePopupSnapshot } from '@/utils/extension/popup-snapshot';

const ROOT = resolve(import.meta.dirname, '../..');
const code = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return code(path);
    return /\.tsx?$/.test(name) ? [readFileSync(join(ROOT, path), 'utf8')] : [];
  });

describe('the storage key registry', () => {
  const sources = ['utils', 'components', 'entrypoints'].flatMap(code).join('\n');
  const entries = Object.entries(STORAGE_KEYS);

  it('holds every key the code writes as a literal, and nothing is written to a key it does not know', () => {
    const literal = [...sources.matchAll(/['"`](local|session|sync|managed):([\w-]+)['"`]/g)].map((match) => `${match[1]}:${match[2]}`);
    const known = new Set(entries.map(([, entry]) => entry.key));
    expect(literal.filter((key) => !known.has(key as never))).toEqual([]);
    // The keys are defined through the registry, not by hand.
    expect(sources.match(/defineItem(<[^>]*>)?\(\s*['"`]/g) ?? []).toEqual([]);
  });

  it('has each key once, each used in the code', () => {
    expect(new Set(entries.map(([, entry]) => entry.key)).size).toBe(entries.length);
    for (const [name] of entries) expect(sources, name).toMatch(new RegExp(`STORAGE_KEYS\\.${name}\\b`));
  });

  it('locking the notes clears what is marked cleared on lock', async () => {
    const { lockNow } = await import('@/utils/crypto/lock');
    await fakeBrowser.storage.session.set({ [nameOf(STORAGE_KEYS.encryptionKey)]: 'a-key' });
    await writePopupSnapshot({ commitments: [], glances: [], lastBackup: null, builtAt: new Date().toISOString() });
    await lockNow();
    // The key goes at once; the popup's snapshot goes when the background hears of the lock (tests/e2e/encryption.spec.ts).
    const stored: Record<string, unknown> = await fakeBrowser.storage.session.get(nameOf(STORAGE_KEYS.encryptionKey));
    expect(stored[nameOf(STORAGE_KEYS.encryptionKey)] ?? null).toBeNull();
    const cleared = entries.filter(([, entry]) => entry.clearedOnLock).map(([name]) => name);
    expect(cleared).toEqual(['encryptionKey', 'popupSnapshot']);
    for (const [name, entry] of entries) if (entry.clearedOnLock) expect(entry.key.startsWith('session:'), name).toBe(true);
  });
});
