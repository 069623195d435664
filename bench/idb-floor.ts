/**
 * The floor for the import's writing (issue 25): the same records written straight into
 * IndexedDB, in one transaction, with no Dexie, no checks and no plan, into a database of the
 * same shape (our stores and indexes, read from the notes store in use) in a storage bucket of
 * the same durability. What the import takes beyond this is ours; this part is Chromium's
 * IndexedDB on this machine.
 */
import type { Page } from '@playwright/test';
import type { SeedData } from './seed';
import { intoBooks } from '../utils/db/commitment-books';

export function rawWriteMs(page: Page, data: SeedData, durability: 'strict' | 'relaxed' = 'strict'): Promise<number> {
  // The records as the notes store holds them: commitments in their books.
  const rows = { people: data.people, meetings: data.meetings, commitmentBooks: intoBooks(data.commitments) } as Record<string, unknown[]>;
  return page.evaluate(
    async ({ rows, durability }) => {
      interface Buckets {
        open(name: string, options?: { durability?: string }): Promise<{ indexedDB: IDBFactory }>;
        delete(name: string): Promise<void>;
      }
      const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
      const opened = (factory: IDBFactory, name: string, upgrade?: (db: IDBDatabase) => void) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = upgrade ? factory.open(name, 1) : factory.open(name);
          if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      // Our stores and their indexes, as the notes store in use has them.
      const chromeApi = (
        globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }
      ).chrome;
      const store = ((await chromeApi.storage.local.get('notesStore')).notesStore as { name?: string | null } | undefined)?.name ?? null;
      const ours = await opened(
        store ? (await buckets.open(store)).indexedDB : indexedDB,
        store ? `one-on-one-companion@${store}` : 'one-on-one-companion',
      );
      const tables = Object.keys(rows);
      const shape = tables.map((name) => {
        const objectStore = ours.transaction(name).objectStore(name);
        const indexes = [...objectStore.indexNames].map((index) => objectStore.index(index));
        return {
          name,
          keyPath: objectStore.keyPath,
          indexes: indexes.map(({ name, keyPath, unique, multiEntry }) => ({ name, keyPath, unique, multiEntry })),
        };
      });
      ours.close();

      const name = `bench-floor-${Date.now()}`;
      const bucket = await buckets.open(name, { durability });
      const db = await opened(bucket.indexedDB, name, (created) => {
        for (const table of shape) {
          const objectStore = created.createObjectStore(table.name, { keyPath: table.keyPath });
          for (const index of table.indexes) objectStore.createIndex(index.name, index.keyPath, index);
        }
      });
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(tables, 'readwrite', { durability: durability as IDBTransactionDurability });
        for (const table of tables) for (const row of rows[table]!) transaction.objectStore(table).put(row);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      const took = performance.now() - started;
      db.close();
      await buckets.delete(name);
      return took;
    },
    { rows, durability },
  );
}
