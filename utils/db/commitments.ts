/** Commitments: what each side promised, kept until done. */
// zod/mini: the popup and the panel load this module, and full zod would double what they load.
import * as z from 'zod/mini';
import type { CompanionDatabase } from './database';
import { ensureOccurrence } from './meetings';
import type { Commitment } from './records';
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
  await db.commitments.add(commitment);
  return { ok: true, commitment };
}

export async function editCommitment(
  db: CompanionDatabase,
  id: string,
  input: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = CommitmentInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? i18n.t('commitmentErrors.cannotSave') };
  await db.commitments.update(id, {
    text: parsed.data.text,
    owner: parsed.data.owner,
    due: parsed.data.due,
    updatedAt: new Date().toISOString(),
  });
  return { ok: true };
}

export async function setDone(db: CompanionDatabase, id: string, done: boolean, now = new Date()): Promise<void> {
  await db.commitments.update(
    id,
    done
      ? { status: 'done', doneAt: now.toISOString(), updatedAt: now.toISOString() }
      : { status: 'open', doneAt: undefined, updatedAt: now.toISOString() },
  );
}

/** Deletes a commitment and hands it back, so the user can undo. */
export async function deleteCommitment(db: CompanionDatabase, id: string): Promise<Commitment | undefined> {
  return db.transaction('rw', db.commitments, async () => {
    const commitment = await db.commitments.get(id);
    if (commitment) await db.commitments.delete(id);
    return commitment;
  });
}

export async function restoreCommitment(db: CompanionDatabase, commitment: Commitment): Promise<void> {
  await db.commitments.put(commitment);
}

export function openCommitments(db: CompanionDatabase): Promise<Commitment[]> {
  return db.commitments.where('status').equals('open').toArray();
}

export function commitmentsOf(db: CompanionDatabase, personId: string): Promise<Commitment[]> {
  return db.commitments.where('personId').equals(personId).toArray();
}

/** How many of the user's own commitments are overdue: the number on the toolbar badge. */
export async function overdueMineCount(db: CompanionDatabase, now = new Date()): Promise<number> {
  const open = await openCommitments(db);
  return open.filter((commitment) => commitment.owner === 'me' && isOverdue(commitment, now)).length;
}
