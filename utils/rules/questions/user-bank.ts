/**
 * The bank a user actually sees: the built-in questions with the user's edits
 * laid over them (same id), their own questions added, hidden ones left out,
 * in their order. The built-in text is never lost: an edit is a separate row,
 * and resetting deletes the row.
 */
import type { QuestionRecord } from '../../db/records';
import { BUILT_IN_QUESTIONS, builtInTextIn, type Question } from './bank';
import type { Translate } from '../page-i18n';

export interface BankEntry extends Question {
  builtIn: boolean;
  /** The built-in text, when the user changed it. */
  originalText?: string;
  hidden: boolean;
  order?: number;
}

/**
 * Every question, hidden ones included, in the user's order: what the options page lists.
 * `t`: the built-in texts in another language (a person's own); the user's edits and own
 * questions stay as the user wrote them.
 */
export function bankEntries(records: readonly QuestionRecord[], t?: Translate): BankEntry[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const entries: BankEntry[] = BUILT_IN_QUESTIONS.map((builtIn) => {
    const question = t ? { ...builtIn, text: builtInTextIn(t, builtIn.id) || builtIn.text } : builtIn;
    const record = byId.get(question.id);
    if (!record) return { ...question, builtIn: true, hidden: false };
    const entry: BankEntry = { ...question, text: record.text || question.text, builtIn: true, hidden: record.hidden };
    if (record.text && record.text !== question.text) entry.originalText = question.text;
    if (record.order !== undefined) entry.order = record.order;
    return entry;
  });
  const builtInIds = new Set(BUILT_IN_QUESTIONS.map((question) => question.id));
  for (const record of records) {
    if (builtInIds.has(record.id) || record.source !== 'custom') continue;
    const entry: BankEntry = {
      id: record.id,
      text: record.text,
      kind: record.kind,
      focus: record.focus,
      builtIn: false,
      hidden: record.hidden,
    };
    if (record.order !== undefined) entry.order = record.order;
    entries.push(entry);
  }
  // Stable: entries without an order keep bank order, after the ordered ones of their place.
  return entries
    .map((entry, index) => ({ entry, key: entry.order ?? index }))
    .sort((a, b) => a.key - b.key)
    .map(({ entry }) => entry);
}

/** The questions on offer: every entry that is not hidden. */
export function effectiveBank(records: readonly QuestionRecord[]): Question[] {
  return bankEntries(records)
    .filter((entry) => !entry.hidden)
    .map(({ id, text, kind, focus }) => ({ id, text, kind, focus }));
}
