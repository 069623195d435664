/**
 * How commitments are stored: a person's commitments of one status together, one record
 * (a "book") per person and status, not one record per commitment (issue 25). IndexedDB's
 * cost is per record, and five years of weekly 1:1s with 30 people are some 20,000
 * commitments: as records they were most of a backup's import; as books they are 60.
 * Open and done apart, so what is still open (the popup, the badge, the reminders) is read
 * without the years of what is done. Everything else sees single commitments
 * (./commitments.ts); this module is pure.
 */
import type { Commitment, CommitmentBook } from './records';

/** The commitments of many people as their books (none for an empty status). */
export function intoBooks(commitments: readonly Commitment[]): CommitmentBook[] {
  const books = new Map<string, CommitmentBook>();
  for (const commitment of commitments) {
    const key = `${commitment.status}\u0000${commitment.personId}`;
    let book = books.get(key);
    if (!book) books.set(key, (book = { personId: commitment.personId, status: commitment.status, items: [] }));
    book.items.push(commitment);
  }
  return [...books.values()];
}

export const itemsOf = (books: readonly CommitmentBook[]): Commitment[] => books.flatMap((book) => book.items);
