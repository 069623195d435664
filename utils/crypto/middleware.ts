/**
 * Encryption at rest as a Dexie middleware, closest to IndexedDB: note text and
 * commitments are sealed on the way in and opened on the way out, so every
 * other part of the code (live queries, search, export) sees plain text and
 * never has to know. What is sealed: meetings' private and shared notes,
 * their topics, difficult-conversation preparation and the reason a 1:1 was
 * cancelled; commitments' text.
 * Names, dates and the shape of the data stay readable (docs/PRIVACY.md).
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isSealed, isSealedValue, openValue, sealValue, unseal } from './seal';
import { LockedError, PausedError, UnopenedError } from '../db/errors';

// Thrown from here, typed in utils/db/errors.ts.
export { LockedError, PausedError, UnopenedError };
import { i18n } from '#i18n';

type Record = { [field: string]: unknown };

/**
 * The key of this page, and whether encryption is on. Set by utils/crypto/lock.ts.
 * `keepSealed`: hand sealed values on as they are when there is no key (the background,
 * which reads only dates and owners); otherwise reading one throws, so no page ever shows
 * or edits ciphertext as if it were a note.
 */
const state: { enabled: boolean; key: Uint8Array | null; keepSealed: boolean } = { enabled: false, key: null, keepSealed: false };

export function setEncryption(enabled: boolean, key: Uint8Array | null): void {
  state.enabled = enabled;
  state.key = key;
}

export function keepSealedValuesWhenLocked(keep: boolean): void {
  state.keepSealed = keep;
}

export function encryptionState(): Readonly<typeof state> {
  return state;
}

/** A note field's value: text, or sealed (an object: see ./seal.ts). Empty text is never sealed. */
const field = (transform: (value: unknown) => unknown) => (value: unknown) =>
  (typeof value === 'string' && value !== '') || isSealedValue(value) ? transform(value) : value;

/** Commitments are stored in books (utils/db/commitment-books.ts); each item is sealed and opened as a commitment of its own. */
const BOOKS = 'commitmentBooks';
const COMMITMENT = 'commitment';
const itemsOf = (book: Record): Record[] | undefined => (Array.isArray(book.items) ? (book.items as Record[]) : undefined);

function mapFields(table: string, record: Record, transform: (value: unknown) => unknown): Record {
  const each = field(transform);
  if (table === COMMITMENT) return { ...record, text: each(record.text) };
  if (table !== 'meetings') return record;
  const next: Record = { ...record, notes: each(record.notes), shared: each(record.shared) };
  // The reason given in the delete warning ("Sam is ill") is about the person too.
  if (record.cancelReason !== undefined) next.cancelReason = each(record.cancelReason);
  if (Array.isArray(record.topics)) next.topics = (record.topics as Record[]).map((topic) => ({ ...topic, text: each(topic.text) }));
  if (record.difficult && typeof record.difficult === 'object') {
    const prep = record.difficult as Record;
    next.difficult = { ...prep, example: each(prep.example), behaviour: each(prep.behaviour), questions: each(prep.questions) };
  }
  return next;
}

const SEALED_TABLES = new Set(['meetings', BOOKS]);

/**
 * Before sealed values were objects, they were strings beginning "enc1:", written only
 * while encryption was on. Read as sealed only then, and only if the key opens them:
 * anything else beginning so is text someone typed.
 */
const isLegacySealed = (value: unknown): value is string => state.enabled && isSealed(value);
const anySealed = (value: unknown) => isSealedValue(value) || isLegacySealed(value);

/** A record with a field that could not be opened: it reads with a notice instead, and is never written back. */
export const UNOPENED = 'unopened';

function sealRecord(table: string, record: unknown): unknown {
  if (table === BOOKS) return sealBook(record);
  if (!SEALED_TABLES.has(table) && table !== COMMITMENT) return record;
  if (!record || typeof record !== 'object') return record;
  // Its notice would overwrite what could not be opened: the sealed text stays as it is.
  if ((record as Record)[UNOPENED]) throw new UnopenedError();
  if (!state.enabled) return record;
  const key = state.key;
  // Every string coming down is text (reads opened the earlier format's strings already).
  if (key) return mapFields(table, record as Record, (value) => (isSealedValue(value) ? value : sealValue(key, value as string)));
  // Locked: a record whose texts are all sealed already (or empty) can still be written,
  // e.g. a meeting marked cancelled from the calendar; anything else would store plain text.
  let plain = false;
  mapFields(table, record as Record, (value) => {
    if (!anySealed(value)) plain = true;
    return value;
  });
  if (plain) throw new LockedError();
  return record;
}

/**
 * A book is sealed item by item. An item that could not be opened goes back as it was stored,
 * so one damaged commitment never stops the rest of that person's from being written; the
 * item itself, changed, cannot be (its copy is not the one read).
 */
function sealBook(record: unknown): unknown {
  const items = record && typeof record === 'object' ? itemsOf(record as Record) : undefined;
  if (!items) return record;
  return { ...(record as Record), items: items.map((item) => (item[UNOPENED] && raw.get(item)) || sealRecord(COMMITMENT, item)) };
}

function openBook(record: unknown): unknown {
  const items = record && typeof record === 'object' ? itemsOf(record as Record) : undefined;
  if (!items?.some((item) => hasSealed(COMMITMENT, item))) return record;
  return { ...(record as Record), items: items.map((item) => openRecord(COMMITMENT, item)) };
}

/** Whether any field that may be sealed is: most reads (encryption off) need no copy at all. */
function hasSealed(table: string, record: Record): boolean {
  if (table === COMMITMENT) return anySealed(record.text);
  const prep = record.difficult as Record | undefined;
  return (
    anySealed(record.notes) ||
    anySealed(record.shared) ||
    anySealed(record.cancelReason) ||
    (Array.isArray(record.topics) && (record.topics as Record[]).some((topic) => anySealed(topic.text))) ||
    (!!prep && (anySealed(prep.example) || anySealed(prep.behaviour) || anySealed(prep.questions)))
  );
}

function openRecord(table: string, record: unknown): unknown {
  if (table === BOOKS) return openBook(record);
  if (!SEALED_TABLES.has(table) && table !== COMMITMENT) return record;
  if (!record || typeof record !== 'object' || !hasSealed(table, record as Record)) return record;
  const key = state.key;
  if (!key && state.keepSealed) return record;
  // No key: this page is locked, or has not yet heard that another page turned encryption
  // on (its lock state reloads, and the read is made again).
  if (!key) throw new LockedError();
  // One record that cannot be opened (damaged, or sealed under a key that is gone) fails
  // alone, with a notice in its place: never the whole list, page or export around it.
  let unopened = false;
  const opened: Record = mapFields(table, record as Record, (value) => {
    if (isLegacySealed(value)) {
      try {
        return unseal(key, value);
      } catch {
        return value;
      }
    }
    if (!isSealedValue(value)) return value;
    try {
      return openValue(key, value);
    } catch {
      // falls through to the notice
    }
    unopened = true;
    return i18n.t('lockErrors.unopened');
  });
  if (unopened) {
    opened[UNOPENED] = true;
    raw.set(opened, record as Record);
  }
  return opened;
}

/** What could not be opened, as stored: a move copies it as it is. */
const raw = new WeakMap<object, Record>();
/** The record as stored, for one read through this middleware that could not be opened; else the record itself. */
export function rawOf<T>(record: T): T {
  const stored = record && typeof record === 'object' ? raw.get(record) : undefined;
  return (stored as T | undefined) ?? record;
}

/** The database (by name) whose writes wait while its notes move to a new store (utils/db/database.ts). */
let pausedDatabase: string | null = null;
export function pauseWrites(databaseName: string | null): void {
  pausedDatabase = databaseName;
}

/**
 * The cursor with its values opened. Everything else is the cursor's own, read with the cursor
 * itself as `this`: a native IDBCursor's getters (key, primaryKey) throw "Illegal invocation"
 * on any other object, and an object made with Object.create(cursor) is one (in Chromium a
 * compound index's keys came back empty through it, and a filtered query failed; issue 20).
 */
function wrapCursor(table: string, cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') return openRecord(table, target.value);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A schema upgrade moves records as they are stored: sealed text stays sealed, and an upgrade
 * runs in whichever context opens the database first, with or without the key.
 */
const upgrading = (request: { trans: DBCoreTransaction }) => (request.trans as unknown as IDBTransaction).mode === 'versionchange';

export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EncryptionAtRest',
  // Below Dexie's own caches and hooks: they all see plain text.
  level: -2,
  create: (down) => ({
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      const paused = () => pausedDatabase !== null && pausedDatabase === down.schema.name;
      if (!SEALED_TABLES.has(name)) {
        return { ...table, mutate: (request) => (paused() ? Promise.reject(new PausedError()) : table.mutate(request)) };
      }
      return {
        ...table,
        mutate: (request) => {
          if (upgrading(request)) return table.mutate(request);
          if (paused()) return Promise.reject(new PausedError());
          return request.type === 'add' || request.type === 'put'
            ? table.mutate({ ...request, values: request.values.map((value: unknown) => sealRecord(name, value)) })
            : table.mutate(request);
        },
        // `.then` on Dexie's own promises, not async/await: it keeps Dexie's transaction zone.
        get: (request) => (upgrading(request) ? table.get(request) : table.get(request).then((value) => openRecord(name, value))),
        getMany: (request) =>
          upgrading(request)
            ? table.getMany(request)
            : table.getMany(request).then((values) => values.map((value) => openRecord(name, value))),
        query: (request) =>
          upgrading(request) || !request.values
            ? table.query(request)
            : table.query(request).then((response) => ({ ...response, result: response.result.map((value) => openRecord(name, value)) })),
        openCursor: (request) =>
          upgrading(request) ? table.openCursor(request) : table.openCursor(request).then((cursor) => wrapCursor(name, cursor)),
      };
    },
  }),
};
