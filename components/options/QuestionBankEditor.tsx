/** The question bank: add your own, edit, hide and restore built-in ones, reorder. */
import { useState } from 'preact/hooks';
import { focusLabel } from '@/utils/rules/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import { addQuestion, closedQuestionHint } from '@/utils/db/questions';
import { QUESTION_KINDS } from '@/utils/rules/questions/bank';
import { bankEntries } from '@/utils/rules/questions/user-bank';
import { useLiveQuery } from '../shared/use-live-query';
import { QuestionRow } from './QuestionRow';
import { i18n } from '#i18n';
import { kindLabel } from './kind-label';

const FOCUS_GROUPS = [
  ...(['present', 'near-future', 'horizon'] as const).map((focus) => [focus, focusLabel(focus)] as const),
  ['any', i18n.t('bank.anyMeeting')] as const,
];

export function QuestionBankEditor({ db }: { db: CompanionDatabase }) {
  const records = useLiveQuery(() => db.questions.toArray(), [db]);
  const [text, setText] = useState('');
  const [kind, setKind] = useState('check-in');
  const [focus, setFocus] = useState('present');
  const [message, setMessage] = useState('');
  if (records.error) return <p role="alert">{i18n.t('bank.failed', { reason: records.error.message })}</p>;
  if (!records.value) return <p aria-busy="true">{i18n.t('bank.opening')}</p>;
  const entries = bankEntries(records.value);

  const add = async (event: Event) => {
    event.preventDefault();
    const result = await addQuestion(db, { text, kind, focus }, entries);
    if (!result.ok) return setMessage(result.error);
    setText('');
    setMessage(i18n.t('bank.added'));
  };

  return (
    <section class="card" aria-labelledby="bank-heading">
      <h2 id="bank-heading">{i18n.t('bank.heading')}</h2>
      <form class="add-question" onSubmit={(event) => void add(event)}>
        <input
          autocomplete="off"
          type="text"
          aria-label={i18n.t('bank.new')}
          placeholder={i18n.t('bank.newPlaceholder')}
          value={text}
          maxLength={300}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <select aria-label={i18n.t('bank.kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value)}>
          {QUESTION_KINDS.map((option) => (
            <option key={option} value={option}>
              {kindLabel(option)}
            </option>
          ))}
        </select>
        <select aria-label={i18n.t('focus.heading')} value={focus} onChange={(event) => setFocus(event.currentTarget.value)}>
          {FOCUS_GROUPS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit">{i18n.t('bank.add')}</button>
      </form>
      <p role="status" class="form-message">
        {closedQuestionHint(text) ?? message}
      </p>
      {FOCUS_GROUPS.map(([group, label]) => (
        <section key={group} aria-label={label}>
          <h3>{label}</h3>
          <ol class="bank-list">
            {entries
              .filter((entry) => entry.focus === group)
              .map((entry) => (
                <QuestionRow key={entry.id} db={db} entry={entry} entries={entries} />
              ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
