/**
 * A whole backup as the text of a file, built in slices so the context writing it stays
 * responsive (the background writes automatic backups while the user works): records are read
 * in pages inside one read transaction (a consistent copy; each page is its own task), turned
 * into JSON a page at a time, and the long steps after (sealing, encoding) yield between chunks.
 * The text is the same document `exportBackup` describes (utils/backup/format.ts), so the
 * import reads it like any export.
 */
import type { Table } from 'dexie';
import type { CompanionDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, SEALED_FORMAT, type Backup } from './format';
import type { Keyring } from '../crypto/passphrase';

/** A slice of work longer than this gives the thread back before going on. */
const SLICE_MS = 20;
const PAGE = 300;
const TABLES = ['people', 'meetings', 'commitments', 'questions'] as const;

export interface BuiltBackup {
  /** The file's text: the backup, or its sealed envelope. */
  text: string;
  /** Identifies what the backup holds, not when it was made: equal when nothing changed. */
  fingerprint: string;
  records: number;
  /** The longest stretch this spent without giving the thread back (ms). */
  longestSlice: number;
}

export interface Seal {
  keyring: Keyring;
  key: Uint8Array;
}

/** Gives the thread back, and measures the slices in between. */
export class Slicer {
  longest = 0;
  private started = performance.now();
  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < SLICE_MS) return;
    await this.yield();
  }
  async yield(): Promise<void> {
    this.longest = Math.max(this.longest, performance.now() - this.started);
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.started = performance.now();
  }
  done(): number {
    this.longest = Math.max(this.longest, performance.now() - this.started);
    return this.longest;
  }
}

/** A page at a time by primary key, inside the caller's transaction. */
async function readInPages(table: Table<{ id: string; unopened?: true }, string>, each: (json: string) => void): Promise<number> {
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const page = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(PAGE).toArray();
    for (const record of page) each(JSON.stringify(withoutUnopened(record)));
    count += page.length;
    if (page.length < PAGE) return count;
    after = page.at(-1)!.id;
  }
}

function withoutUnopened<T extends { unopened?: true }>(record: T): T {
  if (!record.unopened) return record;
  const rest = { ...record };
  delete rest.unopened;
  return rest;
}

export async function buildBackup(
  db: CompanionDatabase,
  settings: Backup['settings'],
  now: Date,
  seal?: Seal,
  slicer = new Slicer(),
): Promise<BuiltBackup> {
  const parts: string[] = [];
  let records = 0;
  await db.transaction('r', [db.people, db.meetings, db.commitments, db.questions], async () => {
    parts.push('"data":{');
    for (const [index, name] of TABLES.entries()) {
      parts.push(`${index ? ',' : ''}${JSON.stringify(name)}:[`);
      let first = true;
      records += await readInPages(db[name] as unknown as Table<{ id: string; unopened?: true }, string>, (json) => {
        parts.push(first ? json : `,${json}`);
        first = false;
      });
      parts.push(']');
    }
  });
  await slicer.yield();
  parts.push(`},"settings":${JSON.stringify(settings)}}`);
  const body = parts.join('');
  await slicer.maybeYield();
  const fingerprint = await fingerprintOf(body, seal?.key);
  await slicer.maybeYield();
  const head = `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},`;
  const plain = head + body;
  const text = seal ? await sealed(plain, seal, slicer) : plain;
  return { text, fingerprint, records, longestSlice: slicer.done() };
}

/** SHA-256 of what the backup holds; with encryption on, an HMAC under the notes' key, so the value tells nothing to anyone without it. */
async function fingerprintOf(body: string, key: Uint8Array | undefined): Promise<string> {
  const bytes = new TextEncoder().encode(body);
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
async function sealed(plain: string, { keyring, key }: Seal, slicer: Slicer): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const aes = await crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-GCM', false, ['encrypt']);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, aes, new TextEncoder().encode(plain)));
  await slicer.maybeYield();
  const bytes = new Uint8Array(nonce.length + cipher.length);
  bytes.set(nonce);
  bytes.set(cipher, nonce.length);
  const data = `enc1:${await base64Sliced(bytes, slicer)}`;
  return `{"format":${JSON.stringify(SEALED_FORMAT)},"version":1,"keyring":${JSON.stringify(keyring)},"data":${JSON.stringify(data)}}`;
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

/** The file as a URL the downloads API takes: a blob where the context can make one (Firefox's background page), else a data URL (Chrome's service worker). */
export async function fileUrl(text: string, slicer = new Slicer()): Promise<{ url: string; bytes: number; revoke(): void }> {
  const encoded = new TextEncoder().encode(text);
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([encoded], { type: 'application/json' }));
    return { url, bytes: encoded.length, revoke: () => URL.revokeObjectURL(url) };
  }
  await slicer.maybeYield();
  return { url: `data:application/json;base64,${await base64Sliced(encoded, slicer)}`, bytes: encoded.length, revoke: () => undefined };
}
