/**
 * Commitments: what each side promised, kept until done. Stored a person's of one status to
 * a record (./commitment-books.ts); everything outside this module sees single commitments.
 */
// zod/mini: the popup and the panel load this module, and full zod would double what they load.
import * as z from 'zod/mini';
import type { CompanionDatabase } from './database';
import { ensureOccurrence } from './meetings';
import type { Commitment, CommitmentBook } from './records';
import { intoBooks, itemsOf } from './commitment-books';
import { isOverdue } from '../rules/commitments';
import { i18n } from '#i18n';

export const CommitmentInput = z.object({
  text: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => i18n.t('commitmentErrors.empty') }),
      z.maxLength(500, { error: () => i18n.t('commitmentErrors.tooLong') }),
    ),
  owner: z.enum(['me', 'them']),
  due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => i18n.t('commitmentErrors.date') }))),
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

type Result = { ok: true; commitment: Commitment } | { ok: false; error: string };

export async function addCommitment(
  db: CompanionDatabase,
  where: { personId: string; meetingId: string },
  input: unknown,
  now = new Date(),
): Promise<Result> {
  const parsed = CommitmentInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? i18n.t('commitmentErrors.cannotSave') };
  // The meeting a panel shows may not be stored yet: this is its first edit.
  await ensureOccurrence(db, { meetingId: where.meetingId });
  const commitment: Commitment = {
    id: crypto.randomUUID(),
    personId: where.personId,
    meetingId: where.meetingId,
    text: parsed.data.text,
    owner: parsed.data.owner,
    status: 'open',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  if (parsed.data.due) commitment.due = parsed.data.due;
  await changeCommitments(db, where.personId, (items) => [...items, commitment]);
  return { ok: true, commitment };
}

/** Which commitment: its id, and whose it is (which books to look in). */
export type CommitmentRef = Pick<Commitment, 'id' | 'personId'>;

export async function editCommitment(
  db: CompanionDatabase,
  which: CommitmentRef,
  input: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = CommitmentInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? i18n.t('commitmentErrors.cannotSave') };
  await changeOne(db, which, (commitment) => {
    const next: Commitment = { ...commitment, text: parsed.data.text, owner: parsed.data.owner, updatedAt: new Date().toISOString() };
    if (parsed.data.due) next.due = parsed.data.due;
    else delete next.due;
    return next;
  });
  return { ok: true };
}

export async function setDone(db: CompanionDatabase, which: CommitmentRef, done: boolean, now = new Date()): Promise<void> {
  await changeOne(db, which, (commitment) => {
    const next: Commitment = { ...commitment, status: done ? 'done' : 'open', updatedAt: now.toISOString() };
    if (done) next.doneAt = now.toISOString();
    else delete next.doneAt;
    return next;
  });
}

/** Deletes a commitment and hands it back, so the user can undo. */
export async function deleteCommitment(db: CompanionDatabase, which: CommitmentRef): Promise<Commitment | undefined> {
  let gone: Commitment | undefined;
  await changeCommitments(db, which.personId, (items) => {
    gone = items.find((item) => item.id === which.id);
    return items.filter((item) => item !== gone);
  });
  return gone;
}

export async function restoreCommitment(db: CompanionDatabase, commitment: Commitment): Promise<void> {
  await changeCommitments(db, commitment.personId, (items) => [...items.filter((item) => item.id !== commitment.id), commitment]);
}

export async function openCommitments(db: CompanionDatabase): Promise<Commitment[]> {
  return itemsOf(await db.commitmentBooks.where('status').equals('open').toArray());
}

export async function commitmentsOf(db: CompanionDatabase, personId: string): Promise<Commitment[]> {
  return itemsOf(await db.commitmentBooks.where('personId').equals(personId).toArray());
}

export async function openCommitmentsOf(db: CompanionDatabase, personId: string): Promise<Commitment[]> {
  return (await db.commitmentBooks.get([personId, 'open']))?.items ?? [];
}

export async function allCommitments(db: CompanionDatabase): Promise<Commitment[]> {
  return itemsOf(await db.commitmentBooks.toArray());
}

/**
 * Writes commitments as they are (an import): each replaces the one of its id, wherever it
 * was (a person matched by email brings theirs under another id), or is added. In the
 * caller's transaction if there is one.
 */
export async function putCommitments(db: CompanionDatabase, commitments: readonly Commitment[]): Promise<void> {
  if (!commitments.length) return;
  const incoming = new Map(commitments.map((commitment) => [commitment.id, commitment]));
  await db.transaction('rw', db.commitmentBooks, async () => {
    const before = await db.commitmentBooks.toArray();
    const kept = itemsOf(before).filter((item) => !incoming.has(item.id));
    await replaceBooks(db, before, intoBooks([...kept, ...incoming.values()]));
  });
}

/** Empties every book. */
export async function clearCommitments(db: CompanionDatabase): Promise<void> {
  await db.commitmentBooks.clear();
}

/** How many of the user's own commitments are overdue: the number on the toolbar badge. */
export async function overdueMineCount(db: CompanionDatabase, now = new Date()): Promise<number> {
  const open = await openCommitments(db);
  return open.filter((commitment) => commitment.owner === 'me' && isOverdue(commitment, now)).length;
}

/**
 * Changes a person's commitments in one transaction (two views editing the same person's
 * commitments at once each read and write the whole of them: neither loses the other's).
 */
async function changeCommitments(db: CompanionDatabase, personId: string, change: (items: Commitment[]) => Commitment[]): Promise<void> {
  await db.transaction('rw', db.commitmentBooks, async () => {
    const before = await db.commitmentBooks.where('personId').equals(personId).toArray();
    await replaceBooks(db, before, intoBooks(change(itemsOf(before))));
  });
}

function changeOne(db: CompanionDatabase, which: CommitmentRef, change: (commitment: Commitment) => Commitment): Promise<void> {
  return changeCommitments(db, which.personId, (items) => items.map((item) => (item.id === which.id ? change(item) : item)));
}

const keyOf = (book: CommitmentBook) => `${book.personId}\u0000${book.status}`;
const sameItems = (before: readonly Commitment[] | undefined, after: readonly Commitment[]) =>
  before?.length === after.length && before.every((item, index) => item === after[index]);

/** Stores `after` in place of `before`: only the books whose items changed are written; emptied books go. */
async function replaceBooks(db: CompanionDatabase, before: readonly CommitmentBook[], after: readonly CommitmentBook[]): Promise<void> {
  const old = new Map(before.map((book) => [keyOf(book), book]));
  const kept = new Set(after.map(keyOf));
  const changed = after.filter((book) => !sameItems(old.get(keyOf(book))?.items, book.items));
  const emptied = before
    .filter((book) => !kept.has(keyOf(book)))
    .map((book): [string, Commitment['status']] => [book.personId, book.status]);
  if (changed.length) await db.commitmentBooks.bulkPut(changed);
  if (emptied.length) await db.commitmentBooks.bulkDelete(emptied);
}
