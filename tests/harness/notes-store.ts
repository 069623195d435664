/**
 * The extension's notes store as a test reads it raw, from an extension page: the store the
 * pointer in storage.local names (a storage bucket of its own; utils/db/database.ts), or the
 * default database of versions before. Everything is inside the one function Playwright
 * sends to the page.
 */
import type { Page } from '@playwright/test';
import { intoBooks, itemsOf } from '../../utils/db/commitment-books';
import type { Commitment, CommitmentBook } from '../../utils/db/records';

type Rows = Record<string, unknown[]>;
const BOOKS = 'commitmentBooks';

/**
 * Reads (and, given `seed`, first writes) tables of the current notes store. `commitments` is
 * read and written as single commitments, stored in their books (utils/db/commitment-books.ts).
 */
export async function notesStoreIn(page: Page, tables: string[], seed?: Rows): Promise<Rows> {
  const stored = (name: string) => (name === 'commitments' ? BOOKS : name);
  const asStored =
    seed &&
    Object.fromEntries(
      Object.entries(seed).map(([name, rows]) => [stored(name), name === 'commitments' ? intoBooks(rows as Commitment[]) : rows]),
    );
  const read = await readAndWrite(page, tables.map(stored), asStored);
  return Object.fromEntries(
    tables.map((name) => [name, name === 'commitments' ? itemsOf(read[BOOKS] as CommitmentBook[]) : (read[name] ?? [])]),
  );
}

function readAndWrite(page: Page, tables: string[], seed?: Rows): Promise<Rows> {
  return page.evaluate(
    async ({ tables, seed }) => {
      const chromeApi = (
        globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }
      ).chrome;
      const pointer = (await chromeApi.storage.local.get('notesStore')).notesStore as { name?: string | null } | undefined;
      const store = pointer?.name ?? null;
      const buckets = (navigator as unknown as { storageBuckets?: { open(name: string): Promise<{ indexedDB: IDBFactory }> } })
        .storageBuckets;
      const factory = store && buckets ? (await buckets.open(store)).indexedDB : indexedDB;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = factory.open(store ? `one-on-one-companion@${store}` : 'one-on-one-companion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const present = (name: string) => db.objectStoreNames.contains(name);
      if (seed) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(Object.keys(seed).filter(present), 'readwrite');
          for (const [name, rows] of Object.entries(seed)) if (present(name)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      const result: Record<string, unknown[]> = {};
      for (const name of tables) {
        result[name] = present(name)
          ? await new Promise<unknown[]>((resolve, reject) => {
              const all = db.transaction(name).objectStore(name).getAll();
              all.onsuccess = () => resolve(all.result);
              all.onerror = () => reject(all.error);
            })
          : [];
      }
      db.close();
      return result;
    },
    { tables, seed },
  );
}
