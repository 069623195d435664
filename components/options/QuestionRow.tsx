import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import { deleteQuestion, editQuestion, moveQuestion, resetQuestion, setHidden } from '@/utils/db/questions';
import type { BankEntry } from '@/utils/rules/questions/user-bank';
import { i18n } from '#i18n';
import { kindLabel } from './kind-label';

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
            autocomplete="off"
            type="text"
            aria-label={i18n.t('bank.text')}
            value={text}
            maxLength={300}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">{i18n.t('common.save')}</button>
          <button type="button" class="link-button" onClick={() => (setEditing(false), setText(entry.text), setError(''))}>
            {i18n.t('common.cancel')}
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
          <span class="badge">{kindLabel(entry.kind)}</span>
          {!entry.builtIn && <span class="badge mine">{i18n.t('bank.yours')}</span>}
          {entry.originalText && <span class="badge">{i18n.t('bank.edited')}</span>}
          {entry.hidden && <span class="badge">{i18n.t('bank.hidden')}</span>}
        </span>
      )}
      <span class="bank-actions">
        <button
          type="button"
          class="link-button"
          aria-label={i18n.t('bank.moveUp', { text: entry.text })}
          onClick={() => void moveQuestion(db, entries, entry.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          class="link-button"
          aria-label={i18n.t('bank.moveDown', { text: entry.text })}
          onClick={() => void moveQuestion(db, entries, entry.id, 1)}
        >
          ↓
        </button>
        {!editing && (
          <button
            type="button"
            class="link-button"
            aria-label={i18n.t('bank.editOne', { text: entry.text })}
            onClick={() => (setText(entry.text), setEditing(true))}
          >
            {i18n.t('common.edit')}
          </button>
        )}
        <button
          type="button"
          class="link-button"
          aria-label={i18n.t(entry.hidden ? 'bank.showOne' : 'bank.hideOne', { text: entry.text })}
          onClick={() => void setHidden(db, entry, !entry.hidden)}
        >
          {i18n.t(entry.hidden ? 'bank.show' : 'bank.hide')}
        </button>
        {entry.originalText && (
          <button
            type="button"
            class="link-button"
            aria-label={i18n.t('bank.restoreOne', { text: entry.text })}
            onClick={() => void resetQuestion(db, entry)}
          >
            {i18n.t('bank.restore')}
          </button>
        )}
        {!entry.builtIn && (
          <button
            type="button"
            class="link-button"
            aria-label={i18n.t('bank.deleteOne', { text: entry.text })}
            onClick={() => void deleteQuestion(db, entry)}
          >
            {i18n.t('common.delete')}
          </button>
        )}
      </span>
    </li>
  );
}
