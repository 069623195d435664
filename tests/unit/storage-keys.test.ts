/**
 * Every storage key in the code is in the registry (utils/protocol/storage-keys.ts), each
 * registered key is used, and locking the notes clears the keys marked so.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS, nameOf } from '@/utils/protocol/storage-keys';
import { STORAGE_REGISTRY } from '@/utils/protocol/storage-registry';
import { writePopupSnapshot } from '@/utils/extension/popup-snapshot';

const ROOT = resolve(import.meta.dirname, '../..');
const code = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return code(path);
    // The registry itself names every key: what counts is the code that uses them.
    if (/[\\/]protocol[\\/]storage-(keys|registry)\.ts$/.test(path)) return [];
    return /\.tsx?$/.test(name) ? [readFileSync(join(ROOT, path), 'utf8')] : [];
  });

describe('the storage key registry', () => {
  const sources = ['utils', 'components', 'entrypoints'].flatMap(code).join('\n');
  const entries = Object.entries(STORAGE_KEYS);

  it('holds every key the code writes as a literal, and nothing is written to a key it does not know', () => {
    const literal = [...sources.matchAll(/['"`](local|session|sync|managed):([\w-]+)['"`]/g)].map((match) => `${match[1]}:${match[2]}`);
    const known = new Set<string>(entries.map(([, key]) => key));
    expect(literal.filter((key) => !known.has(key))).toEqual([]);
    // The keys are defined through the registry, not by hand.
    expect(sources.match(/defineItem(<[^>]*>)?\(\s*['"`]/g) ?? []).toEqual([]);
  });

  it('has each key once, each used in the code', () => {
    expect(new Set(entries.map(([, key]) => key)).size).toBe(entries.length);
    expect(Object.keys(STORAGE_REGISTRY).sort()).toEqual(Object.keys(STORAGE_KEYS).sort());
    // Through the registry (extension code) or its one constant (content scripts).
    const constant = (name: string) => `${name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_KEY`;
    for (const [name] of entries) expect(sources, name).toMatch(new RegExp(`STORAGE_KEYS\\.${name}\\b|\\b${constant(name)}\\b(?!\\s*=)`));
  });

  it('locking the notes clears what is marked cleared on lock', async () => {
    const { lockNow } = await import('@/utils/crypto/lock');
    await fakeBrowser.storage.session.set({ [nameOf(STORAGE_KEYS.encryptionKey)]: 'a-key' });
    await writePopupSnapshot({ commitments: [], glances: [], lastBackup: null, builtAt: new Date().toISOString() });
    await lockNow();
    // The key goes at once; the popup's snapshot goes when the background hears of the lock (tests/e2e/encryption.spec.ts).
    const stored: Record<string, unknown> = await fakeBrowser.storage.session.get(nameOf(STORAGE_KEYS.encryptionKey));
    expect(stored[nameOf(STORAGE_KEYS.encryptionKey)] ?? null).toBeNull();
    const cleared = Object.entries(STORAGE_REGISTRY)
      .filter(([, info]) => info.clearedOnLock)
      .map(([name]) => name);
    expect(cleared).toEqual(['encryptionKey', 'popupSnapshot']);
    for (const name of cleared) expect(STORAGE_KEYS[name as keyof typeof STORAGE_KEYS].startsWith('session:'), name).toBe(true);
  });
});
