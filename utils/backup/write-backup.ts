/**
 * A whole backup as the text of a file, built in slices so the context writing it stays
 * responsive (the background writes automatic backups while the user works): records are read
 * in pages inside one read transaction (a consistent copy; each page is its own task), turned
 * into JSON a page at a time, and the long steps after (sealing, encoding) yield between chunks.
 * The text is the same document `exportBackup` describes (utils/backup/format.ts), so the
 * import reads it like any export.
 */
import type { IndexableType, Table } from 'dexie';
import type { CompanionDatabase } from '../db/database';
import type { Commitment } from '../db/records';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { withoutUnopened } from './export';
import { sealedEnvelope } from './sealed';
import type { Keyring } from '../crypto/passphrase';

/** A slice of work longer than this gives the thread back before going on. */
const SLICE_MS = 20;
const PAGE = 300;
const BOOKS_PAGE = 2;
const TABLES = ['people', 'meetings', 'commitments', 'questions'] as const;

export interface BuiltBackup {
  /** The file (UTF-8): the backup, or its sealed envelope. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Identifies what the backup holds, not when it was made: equal when nothing changed. */
  fingerprint: string;
}

export interface Seal {
  keyring: Keyring;
  key: Uint8Array;
}

/**
 * Gives the thread back once a stretch of work passed SLICE_MS. (How long the longest task
 * really is, awaits aside, is measured from outside: bench/backup.bench.ts.)
 */
export class Slicer {
  private started = performance.now();
  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return;
    await this.yield();
  }
  async yield(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.started = performance.now();
  }
}

/** A page at a time by primary key, inside the caller's transaction. */
async function readInPages<T, Key extends IndexableType>(
  table: Table<T, Key>,
  size: number,
  keyOf: (record: T) => Key,
  each: (record: T) => void,
): Promise<void> {
  let after: Key | undefined;
  for (;;) {
    const page = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
    for (const record of page) each(record);
    if (page.length < size) return;
    after = keyOf(page.at(-1)!);
  }
}

type Stored = { id: string; unopened?: true };
/** The records of a table of the backup, one at a time. Commitments come out of their books (a few at a time: each holds many). */
function readTable(db: CompanionDatabase, name: (typeof TABLES)[number], each: (record: Stored) => void): Promise<void> {
  if (name === 'commitments')
    return readInPages(
      db.commitmentBooks,
      BOOKS_PAGE,
      (book): [string, Commitment['status']] => [book.personId, book.status],
      (book) => book.items.forEach(each),
    );
  return readInPages(db[name] as unknown as Table<Stored, string>, PAGE, (record) => record.id, each);
}

export async function buildBackup(
  db: CompanionDatabase,
  settings: Backup['settings'],
  now: Date,
  seal?: Seal,
  slicer = new Slicer(),
): Promise<BuiltBackup> {
  const parts: string[] = [];
  await db.transaction('r', [db.people, db.meetings, db.commitmentBooks, db.questions], async () => {
    parts.push('"data":{');
    for (const [index, name] of TABLES.entries()) {
      parts.push(`${index ? ',' : ''}${JSON.stringify(name)}:[`);
      let first = true;
      await readTable(db, name, (record) => {
        const json = JSON.stringify(withoutUnopened(record));
        parts.push(first ? json : `,${json}`);
        first = false;
      });
      parts.push(']');
    }
  });
  await slicer.yield();
  parts.push(`},"settings":${JSON.stringify(settings)}}`);
  const body = await encodeSliced(parts.join(''), slicer);
  const fingerprint = await fingerprintOf(body, seal?.key);
  await slicer.maybeYield();
  const head = new TextEncoder().encode(
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},`,
  );
  const plain = new Uint8Array(head.length + body.length);
  plain.set(head);
  plain.set(body, head.length);
  await slicer.maybeYield();
  const bytes = seal ? await encodeSliced(await sealed(plain, seal, slicer), slicer) : plain;
  return { bytes, fingerprint };
}

/** SHA-256 of what the backup holds; with encryption on, an HMAC under the notes' key, so the value tells nothing to anyone without it. */
async function fingerprintOf(bytes: Uint8Array<ArrayBuffer>, key: Uint8Array | undefined): Promise<string> {
  const digest = key
    ? await crypto.subtle.sign(
        'HMAC',
        await crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
        bytes,
      )
    : await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The sealed envelope of utils/backup/sealed.ts, sealed by WebCrypto (off this thread) in the same
 * bytes: 12-byte nonce ‖ ciphertext ‖ 16-byte tag, so `openSealedBackup` opens it.
 */
async function sealed(plain: Uint8Array<ArrayBuffer>, { keyring, key }: Seal, slicer: Slicer): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const aes = await crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-GCM', false, ['encrypt']);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, aes, plain));
  await slicer.maybeYield();
  const bytes = new Uint8Array(nonce.length + cipher.length);
  bytes.set(nonce);
  bytes.set(cipher, nonce.length);
  return sealedEnvelope(keyring, `enc1:${await base64Sliced(bytes, slicer)}`);
}

/** Base64, a chunk at a time (a multiple of 3 bytes, so the chunks join into one valid text). */
export async function base64Sliced(bytes: Uint8Array, slicer: Slicer): Promise<string> {
  const CHUNK = 0x6000;
  const out: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    let binary = '';
    for (let index = 0; index < chunk.length; index += 0x2000) binary += String.fromCharCode(...chunk.subarray(index, index + 0x2000));
    out.push(btoa(binary));
    await slicer.maybeYield();
  }
  return out.join('');
}

/**
 * UTF-8 of a long text, a megabyte of characters at a time (never splitting a surrogate pair),
 * joined into one array: encoding 10 MB at once is a 40 ms task.
 */
export async function encodeSliced(text: string, slicer: Slicer): Promise<Uint8Array<ArrayBuffer>> {
  const STEP = 1 << 20;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + STEP);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    const chunk = encoder.encode(text.slice(start, end));
    chunks.push(chunk);
    length += chunk.length;
    start = end;
    await slicer.maybeYield();
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The file as a URL the downloads API takes: a blob where the context can make one (Firefox's background page), else a data URL (Chrome's service worker). */
export async function fileUrl(
  bytes: Uint8Array<ArrayBuffer>,
  slicer = new Slicer(),
): Promise<{ url: string; bytes: number; revoke(): void }> {
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
    return { url, bytes: bytes.length, revoke: () => URL.revokeObjectURL(url) };
  }
  await slicer.maybeYield();
  return { url: `data:application/json;base64,${await base64Sliced(bytes, slicer)}`, bytes: bytes.length, revoke: () => undefined };
}
