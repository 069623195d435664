import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { deleteQuestion, editQuestion, moveQuestion, resetQuestion, setHidden } from '@/utils/db/questions';
import type { BankEntry } from '@/utils/questions/user-bank';

interface Props {
  db: CompanionDatabase;
  entry: BankEntry;
  entries: readonly BankEntry[];
}

/** One question of the bank, with what the user can do to it. */
export function QuestionRow({ db, entry, entries }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(entry.text);
  const [error, setError] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const result = await editQuestion(db, entry, text);
    if (!result.ok) return setError(result.error);
    setError('');
    setEditing(false);
  };

  return (
    <li class={`bank-row${entry.hidden ? ' hidden-question' : ''}`} data-question-id={entry.id}>
      {editing ? (
        <form class="edit-question" onSubmit={(event) => void save(event)}>
          <input
            type="text"
            aria-label="Question text"
            value={text}
            maxLength={300}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">Save</button>
          <button type="button" class="link-button" onClick={() => (setEditing(false), setText(entry.text), setError(''))}>
            Cancel
          </button>
          {error && (
            <span role="alert" class="problem">
              {error}
            </span>
          )}
        </form>
      ) : (
        <span class="bank-text">
          {entry.text}
          <span class="badge">{entry.kind}</span>
          {!entry.builtIn && <span class="badge mine">yours</span>}
          {entry.originalText && <span class="badge">edited</span>}
          {entry.hidden && <span class="badge">hidden</span>}
        </span>
      )}
      <span class="bank-actions">
        <button
          type="button"
          class="link-button"
          aria-label={`Move up: ${entry.text}`}
          onClick={() => void moveQuestion(db, entries, entry.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="link-button"
          aria-label={`Move down: ${entry.text}`}
          onClick={() => void moveQuestion(db, entries, entry.id, 1)}
        >
          ↓
        </button>
        {!editing && (
          <button
            type="button"
            class="link-button"
            aria-label={`Edit: ${entry.text}`}
            onClick={() => (setText(entry.text), setEditing(true))}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          class="link-button"
          aria-label={`${entry.hidden ? 'Show' : 'Hide'}: ${entry.text}`}
          onClick={() => void setHidden(db, entry, !entry.hidden)}
        >
          {entry.hidden ? 'Show' : 'Hide'}
        </button>
        {entry.originalText && (
          <button
            type="button"
            class="link-button"
            aria-label={`Restore the built-in text of: ${entry.text}`}
            onClick={() => void resetQuestion(db, entry)}
          >
            Restore
          </button>
        )}
        {!entry.builtIn && (
          <button type="button" class="link-button" aria-label={`Delete: ${entry.text}`} onClick={() => void deleteQuestion(db, entry)}>
            Delete
          </button>
        )}
      </span>
    </li>
  );
}
