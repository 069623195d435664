/** The question bank: add your own, edit, hide and restore built-in ones, reorder. */
import { useState } from 'preact/hooks';
import { FOCUS_LABEL } from '@/utils/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import { addQuestion, closedQuestionHint } from '@/utils/db/questions';
import { QUESTION_KINDS } from '@/utils/questions/bank';
import { bankEntries } from '@/utils/questions/user-bank';
import { useLiveQuery } from './use-live-query';
import { QuestionRow } from './QuestionRow';

const FOCUS_GROUPS = [
  ...(['present', 'near-future', 'horizon'] as const).map((focus) => [focus, FOCUS_LABEL[focus]] as const),
  ['any', 'Any meeting'] as const,
];

export function QuestionBankEditor({ db }: { db: CompanionDatabase }) {
  const records = useLiveQuery(() => db.questions.toArray(), [db]);
  const [text, setText] = useState('');
  const [kind, setKind] = useState('check-in');
  const [focus, setFocus] = useState('present');
  const [message, setMessage] = useState('');
  if (records.error) return <p role="alert">The question bank could not be opened: {records.error.message}</p>;
  if (!records.value) return <p aria-busy="true">Opening the question bank…</p>;
  const entries = bankEntries(records.value);

  const add = async (event: Event) => {
    event.preventDefault();
    const result = await addQuestion(db, { text, kind, focus }, entries);
    if (!result.ok) return setMessage(result.error);
    setText('');
    setMessage('Added.');
  };

  return (
    <section class="card" aria-labelledby="bank-heading">
      <h2 id="bank-heading">Questions</h2>
      <form class="add-question" onSubmit={(event) => void add(event)}>
        <input
          type="text"
          aria-label="New question"
          placeholder="What would you like to ask?"
          value={text}
          maxLength={300}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.currentTarget.value)}>
          {QUESTION_KINDS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <select aria-label="Focus" value={focus} onChange={(event) => setFocus(event.currentTarget.value)}>
          {FOCUS_GROUPS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit">Add question</button>
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
