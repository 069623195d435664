/**
 * The one database, in the extension's own origin (never the calendar page's:
 * see docs/ARCHITECTURE.md). Every schema change is a new `version(n)` below
 * with an upgrade function, and a test that opens a database written by the
 * version before it (tests/unit/utils/db/database.test.ts).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import type { Commitment, CommitmentBook, Meeting, MetaRecord, Person, QuestionRecord, SeenEventRecord } from './records';
import { intoBooks } from './commitment-books';
import { encryptionMiddleware, pauseWrites, rawOf } from '../crypto/middleware';

export const DATABASE_NAME = 'one-on-one-companion';

export class CompanionDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  questions!: EntityTable<QuestionRecord, 'id'>;
  /** Commitments, a person's of one status to a record: read and write them through ./commitments.ts. */
  commitmentBooks!: Table<CommitmentBook, [string, Commitment['status']]>;
  events!: EntityTable<SeenEventRecord, 'key'>;
  meta!: EntityTable<MetaRecord, 'id'>;
  /** The store (bucket) this database lives in; null for the default store. */
  readonly store: string | null;

  constructor(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; store?: string | null } = {}) {
    // No query cache: Dexie 4 keeps live queries' results in a cache of deep copies by default, which
    // copied every one of the people page's 7,890 meetings before it could use them (~40 ms and its
    // garbage, docs/PERFORMANCE.md). Live queries still re-run on every change, in any tab.
    super(name, { cache: 'disabled', ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange } : {}) });
    this.store = options.store ?? null;
    // Seals note text and commitments when the user turned encryption on (utils/crypto/).
    this.use(encryptionMiddleware);
    this.version(1).stores({
      people: 'id, *emails, nameKey',
      meetings: 'id, &eventKey, seriesKey, personId, [personId+start]',
    });
    // 2: questions and the cadence. Meetings gain what was asked, their topics and a focus;
    // the user's questions get a table of their own.
    this.version(2)
      .stores({ questions: 'id, kind, focus' })
      .upgrade((tx) =>
        tx
          .table('meetings')
          .toCollection()
          .modify((meeting: Partial<Meeting>) => {
            meeting.asked ??= [];
            meeting.topics ??= [];
            meeting.feedbackAsked ??= false;
          }),
      );
    // 3: commitments, and shared notes beside the private ones.
    this.version(3)
      .stores({ commitments: 'id, personId, meetingId, status, [status+due]' })
      .upgrade((tx) =>
        tx
          .table('meetings')
          .toCollection()
          .modify((meeting: Partial<Meeting>) => {
            meeting.shared ??= '';
          }),
      );
    // 4: calendar events seen, to match the call a 1:1 becomes (no upgrade: a new table).
    this.version(4).stores({ events: 'key, start, meetingCode' });
    // 5: what belongs to this store itself: the keyring of its encryption (never readable by a content script).
    this.version(5).stores({ meta: 'id' });
    // 6: a meeting is real only once something happened in it. Versions before the first-edit rule
    // stored every 1:1 merely opened (browsing old weeks made "held" 1:1s): those past, untouched
    // records go. Anything written, ticked, chosen, promised, cancelled or moved stays; so does
    // anything sealed (it cannot be told empty here).
    this.version(6).upgrade(async (tx) => {
      const promised = new Set((await tx.table('commitments').toArray()).map((commitment: { meetingId: string }) => commitment.meetingId));
      const now = new Date().toISOString();
      await tx
        .table('meetings')
        .filter((meeting: Meeting) => meeting.start < now && !promised.has(meeting.id) && untouched(meeting))
        .delete();
    });
    // 7: commitments stored a person's of one status to a record (./commitment-books.ts): a
    // backup's import wrote some 20,000 records for five years of 1:1s, and IndexedDB's cost is
    // per record (issue 25). Moved as stored: sealed text stays sealed (the middleware lets an
    // upgrade's reads and writes through untouched).
    this.version(7)
      .stores({ commitments: null, commitmentBooks: '[personId+status], personId, status' })
      .upgrade(async (tx) => {
        const commitments = (await tx.table('commitments').toArray()) as Commitment[];
        await tx.table('commitmentBooks').bulkPut(intoBooks(commitments));
      });
  }
}

const blank = (text: unknown) => typeof text === 'string' && text.trim() === '';

/** A meeting stored only because it was opened: nothing typed, ticked, chosen or recorded in it. */
export function untouched(meeting: Meeting): boolean {
  return (
    meeting.status === 'scheduled' &&
    !meeting.eventKey.startsWith('manual:') &&
    blank(meeting.notes) &&
    blank(meeting.shared ?? '') &&
    (meeting.topics ?? []).length === 0 &&
    (meeting.asked ?? []).length === 0 &&
    !meeting.focusChosen &&
    !meeting.feedbackAsked &&
    !meeting.difficult
  );
}

/**
 * Where the notes live: a storage bucket of their own (`notes-…`), named by this pointer in
 * storage.local; none for a database made by a version before buckets (the origin's default
 * store, `one-on-one-companion`). A bucket can be deleted with its files, which an
 * IndexedDB database cannot: LevelDB keeps a deleted database's values on disk until a
 * compaction that may never come. So turning encryption on (or changing the passphrase)
 * writes everything into a new bucket, switches the pointer and deletes the old bucket
 * (moveNotes below; docs/PRIVACY.md). Where there are no buckets (Firefox, the unit
 * tests), each store is a database of its own name.
 * `movingSince`: a move is under way; every other page pauses its writes (middleware).
 */
export interface StorePointer {
  name: string | null;
  movingSince?: number;
}
export const storePointer = storage.defineItem<StorePointer | null>(STORAGE_KEYS.notesStore, { fallback: null, version: 1 });

/** A move that has not finished after this long was cut short (a crash): writes go on. */
export const MOVE_STALE_MS = 60_000;

interface Buckets {
  open(name: string, options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean }): Promise<{ indexedDB: IDBFactory }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}
const buckets = (): Buckets | undefined => (globalThis.navigator as unknown as { storageBuckets?: Buckets } | undefined)?.storageBuckets;

export function databaseNameOf(store: string | null): string {
  return store ? `${DATABASE_NAME}@${store}` : DATABASE_NAME;
}

/** Opens (creating if need be) the database of a store. */
export async function openStore(store: string | null): Promise<CompanionDatabase> {
  const manager = store ? buckets() : undefined;
  if (store && manager) {
    const bucket = await manager.open(store, { durability: 'strict' });
    return new CompanionDatabase(databaseNameOf(store), { indexedDB: bucket.indexedDB, store });
  }
  return new CompanionDatabase(databaseNameOf(store), { store });
}

/**
 * Deletes a store and (with buckets) its files. The database inside the bucket is deleted
 * first, which waits for every connection to it (this page's, another page's still reading)
 * to finish its transactions and close; deleting the bucket straight away would abort them
 * (an AbortError in whatever read was under way).
 */
export async function deleteStore(db: CompanionDatabase): Promise<void> {
  db.close();
  const manager = db.store ? buckets() : undefined;
  if (!db.store || !manager) return void (await Dexie.delete(db.name));
  const bucket = await manager.open(db.store);
  await new Promise<void>((resolve) => {
    const request = bucket.indexedDB.deleteDatabase(db.name);
    request.onsuccess = request.onerror = () => resolve();
    // Blocked by a connection that does not close: the bucket goes anyway after a while.
    request.onblocked = () => setTimeout(resolve, DELETE_WAIT_MS);
  });
  await manager.delete(db.store);
}
const DELETE_WAIT_MS = 5_000;

let shared: CompanionDatabase | undefined;
let opening: Promise<CompanionDatabase> | undefined;

/** The database of this extension page, once notesDatabase() has opened it. */
export function database(): CompanionDatabase {
  if (!shared) throw new Error('The notes database is not open yet: await notesDatabase() first.');
  return shared;
}

/**
 * The notes database, opened once per page: wherever the pointer says; a new install
 * starts in a bucket of its own. Stores left over from a move cut short are deleted.
 */
export function notesDatabase(): Promise<CompanionDatabase> {
  opening ??= (async () => {
    let pointer = await storePointer.getValue();
    if (!pointer && buckets() && !(await hasDefaultDatabase())) {
      pointer = { name: 'notes-1' };
      await storePointer.setValue(pointer);
    }
    shared = await openStore(pointer?.name ?? null);
    void shared.open().catch(() => undefined);
    void removeLeftovers(shared).catch(() => undefined);
    return shared;
  })();
  return opening;
}

/**
 * For an extension page: starts opening the notes database now (it overlaps with the page's
 * other loading), and reloads the page when another page moved the notes to a new store.
 */
export function openingDatabase(): Promise<CompanionDatabase> {
  if (!following) {
    following = true;
    followStoreMoves(() => location.reload());
  }
  return notesDatabase();
}
let following = false;

/** Makes `db` this page's database (after a move made by this page). */
export function adoptDatabase(db: CompanionDatabase): void {
  shared = db;
  opening = Promise.resolve(db);
}

async function hasDefaultDatabase(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((info) => info.name === DATABASE_NAME);
  } catch {
    return false;
  }
}

/**
 * Removes what a move cut short left behind (a page does this when it opens the notes):
 * buckets (and the default database) that are not the current store, when no move is under way.
 */
export async function removeLeftovers(current: CompanionDatabase): Promise<void> {
  const quiet = async () => {
    const pointer = await storePointer.getValue();
    return !pointer?.movingSince || Date.now() - pointer.movingSince > MOVE_STALE_MS ? pointer : undefined;
  };
  if (!current.store) return;
  const manager = buckets();
  if (manager) {
    for (const name of await manager.keys()) {
      const pointer = await quiet();
      if (name.startsWith('notes-') && name !== current.store && pointer?.name === current.store) await manager.delete(name);
    }
  }
  // Without buckets every store is a database of the default store; with them, only the one before buckets.
  const names = (await indexedDB.databases()).map((info) => info.name ?? '');
  for (const name of names) {
    const leftover = name === DATABASE_NAME || (name.startsWith(`${DATABASE_NAME}@notes-`) && name !== databaseNameOf(current.store));
    if (leftover && (await quiet())?.name === current.store) await Dexie.delete(name);
  }
}

/** True while this page itself moves the notes: it neither pauses nor follows its own move. */
let movingHere = false;

/**
 * Follows moves made by other pages: their writes to the old store wait while one runs
 * (they fail, and the autosave journal keeps the text until they succeed), and when the
 * store changed, `onSwitch` (a page reloads; the background reopens).
 */
export function followStoreMoves(onSwitch: (pointer: StorePointer) => void): () => void {
  return storePointer.watch((next) => {
    if (movingHere) return;
    const current = shared?.store ?? null;
    const moving = !!next?.movingSince && Date.now() - next.movingSince < MOVE_STALE_MS;
    pauseWrites(moving && (next?.name ?? null) === current ? databaseNameOf(current) : null);
    if (next && next.name !== current) onSwitch(next);
  });
}

export type MoveStep = 'paused' | 'copied' | 'switched';

/** How long other pages get to see a move begin and pause their writes. */
const PAUSE_MS = 150;

/**
 * Writes everything into a new store and makes it the current one, so that nothing of the
 * old store stays on disk (see StorePointer). `switchTo` sets the encryption for the new
 * store's writes (after the old one was read); `restore` undoes it when the move fails.
 * Recoverable at every step: before the pointer switches, the old store is untouched and
 * current (a new store left behind is deleted later); after, the new one is complete.
 * `failAt` injects a failure after a step (tests).
 */
export async function moveNotes(
  from: CompanionDatabase,
  options: { switchTo(): void; restore(): void; extra?: (to: CompanionDatabase) => Promise<void>; failAt?: MoveStep },
): Promise<CompanionDatabase> {
  const fail = (step: MoveStep) => {
    if (options.failAt === step) throw new Error(`failure injected after "${step}"`);
  };
  movingHere = true;
  try {
    return await move(from, options, fail);
  } finally {
    movingHere = false;
  }
}

async function move(
  from: CompanionDatabase,
  options: Parameters<typeof moveNotes>[1],
  fail: (step: MoveStep) => void,
): Promise<CompanionDatabase> {
  await storePointer.setValue({ name: from.store, movingSince: Date.now() });
  let to: CompanionDatabase | undefined;
  try {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    fail('paused');
    const tables = ['people', 'meetings', 'questions', 'commitmentBooks', 'events'] as const;
    const rows = await from.transaction('r', [...tables], async () =>
      Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await from.table(table).toArray()] as const))),
    );
    to = await openStore(`notes-${Date.now().toString(36)}`);
    options.switchTo();
    const target = to;
    await target.transaction('rw', [...tables, 'meta'], async () => {
      for (const table of tables) await target.table(table).bulkPut(rows[table]!.map((row) => rawOf(row)));
      await options.extra?.(target);
    });
    fail('copied');
    await storePointer.setValue({ name: target.store });
  } catch (error) {
    options.restore();
    if (to) await deleteStore(to).catch(() => undefined);
    await storePointer.setValue({ name: from.store });
    throw error;
  }
  if (shared === from) adoptDatabase(to);
  fail('switched');
  // The old store and its files go; if this fails, the next page to open removes it.
  await deleteStore(from).catch(() => undefined);
  return to;
}
