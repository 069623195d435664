/**
 * Changes to the user's question bank. Built-in questions are never edited in
 * place: a row with the same id holds the user's text, visibility and order,
 * and resetting clears it, so the built-in text is always there to go back to.
 */
import { z } from 'zod';
import type { CompanionDatabase } from './database';
import type { QuestionRecord } from './records';
import { QUESTION_KINDS } from '../rules/questions/bank';
import type { BankEntry } from '../rules/questions/user-bank';
import { i18n } from '#i18n';
import { interfaceLanguage } from '../rules/languages';
import { readsClosed } from '../rules/questions/open-questions';

export const NewQuestion = z.object({
  text: z
    .string()
    .trim()
    .min(1, { error: () => i18n.t('bankErrors.empty') })
    .max(300, { error: () => i18n.t('bankErrors.tooLong') }),
  kind: z.enum(QUESTION_KINDS as unknown as [string, ...string[]]),
  focus: z.enum(['present', 'near-future', 'horizon', 'any']),
});

/** A gentle hint when a question invites a yes or a no, in the interface's language or in English. */
export function closedQuestionHint(text: string): string | undefined {
  const languages = new Set([interfaceLanguage(), 'en'] as const);
  return [...languages].some((language) => readsClosed(text, language)) ? i18n.t('bankErrors.closed') : undefined;
}

function rowOf(entry: BankEntry, changes: Partial<QuestionRecord>): QuestionRecord {
  const row: QuestionRecord = {
    id: entry.id,
    text: entry.builtIn ? (entry.originalText !== undefined ? entry.text : '') : entry.text,
    kind: entry.kind,
    focus: entry.focus,
    source: entry.builtIn ? 'built-in' : 'custom',
    hidden: entry.hidden,
    updatedAt: new Date().toISOString(),
    ...changes,
  };
  if (entry.order !== undefined && changes.order === undefined) row.order = entry.order;
  return row;
}

export async function addQuestion(
  db: CompanionDatabase,
  input: unknown,
  entries: readonly BankEntry[],
): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = NewQuestion.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? i18n.t('bankErrors.cannotSave') };
  const order = Math.max(entries.length, ...entries.map((entry) => (entry.order ?? 0) + 1));
  await db.questions.add({
    id: `custom-${crypto.randomUUID()}`,
    text: parsed.data.text,
    kind: parsed.data.kind as QuestionRecord['kind'],
    focus: parsed.data.focus,
    source: 'custom',
    hidden: false,
    order,
    updatedAt: new Date().toISOString(),
  });
  return { ok: true };
}

export async function editQuestion(
  db: CompanionDatabase,
  entry: BankEntry,
  text: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const clean = text.trim();
  if (!clean) return { ok: false, error: i18n.t('bankErrors.emptyEdit') };
  if (clean.length > 300) return { ok: false, error: i18n.t('bankErrors.tooLong') };
  const builtInText = entry.originalText ?? entry.text;
  await db.questions.put(rowOf(entry, { text: entry.builtIn && clean === builtInText ? '' : clean }));
  return { ok: true };
}

export async function setHidden(db: CompanionDatabase, entry: BankEntry, hidden: boolean): Promise<void> {
  await db.questions.put(rowOf(entry, { hidden }));
}

/** Back to the built-in text. */
export async function resetQuestion(db: CompanionDatabase, entry: BankEntry): Promise<void> {
  await db.questions.put(rowOf({ ...entry, text: entry.originalText ?? entry.text, originalText: undefined }, { text: '' }));
}

export async function deleteQuestion(db: CompanionDatabase, entry: BankEntry): Promise<void> {
  if (!entry.builtIn) await db.questions.delete(entry.id);
}

/** Moves a question one place up or down among the questions of its focus, in one transaction. */
export async function moveQuestion(db: CompanionDatabase, entries: readonly BankEntry[], id: string, direction: -1 | 1): Promise<void> {
  const list = [...entries];
  const index = list.findIndex((entry) => entry.id === id);
  const entry = list[index];
  if (!entry) return;
  let other = index + direction;
  while (other >= 0 && other < list.length && list[other]!.focus !== entry.focus) other += direction;
  if (other < 0 || other >= list.length) return;
  [list[index], list[other]] = [list[other]!, list[index]!];
  await db.transaction('rw', db.questions, async () => {
    await db.questions.bulkPut(list.map((item, order) => rowOf(item, { order })));
  });
}
