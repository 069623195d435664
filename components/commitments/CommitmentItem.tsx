import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { dueState, dueText, promisedText } from '@/utils/rules/commitments';
import type { Commitment } from '@/utils/db/records';
import { i18n } from '#i18n';
import { OwnerSelect } from './OwnerSelect';

interface Props {
  commitment: Commitment;
  personName: string;
  now: Date;
  /** Show who promised and how long ago (for commitments from earlier 1:1s). */
  showAge?: boolean;
  onDone(done: boolean): void;
  onEdit?: (input: { text: string; owner: 'me' | 'them'; due?: string }) => Promise<string | undefined>;
  onDelete?: () => void;
  /** More inside the list item, after the commitment (the popup's link to the person). */
  children?: ComponentChildren;
}

/** A commitment: tick it off, edit it, or delete it (with undo, from the list). */
export function CommitmentItem({ commitment, personName, now, showAge, onDone, onEdit, onDelete, children }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(commitment.text);
  const [owner, setOwner] = useState(commitment.owner);
  const [due, setDue] = useState(commitment.due ?? '');
  const [error, setError] = useState('');
  const done = commitment.status === 'done';
  const state = done ? 'done' : dueState(commitment.due, now);
  const first = personName.split(' ')[0] ?? personName;
  const whose = commitment.owner === 'me' ? i18n.t('commitments.mine') : i18n.t('commitments.theirs', { name: first });

  if (editing && onEdit) {
    const save = async (event: Event) => {
      event.preventDefault();
      const problem = await onEdit({ text, owner, ...(due ? { due } : {}) });
      if (problem) return setError(problem);
      setEditing(false);
    };
    return (
      <li class="commitment editing">
        <form class="edit-commitment" onSubmit={(event) => void save(event)}>
          <input
            autocomplete="off"
            type="text"
            aria-label={i18n.t('commitments.text')}
            value={text}
            maxLength={500}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <OwnerSelect value={owner} firstName={first} onChange={setOwner} />
          <input
            autocomplete="off"
            type="date"
            aria-label={i18n.t('commitments.dueDateOptional')}
            value={due}
            onInput={(event) => setDue(event.currentTarget.value)}
          />
          <button type="submit">{i18n.t('common.save')}</button>
          <button
            type="button"
            class="link-button"
            onClick={() => (setEditing(false), setText(commitment.text), setOwner(commitment.owner), setDue(commitment.due ?? ''))}
          >
            {i18n.t('common.cancel')}
          </button>
        </form>
        {error && (
          <p role="alert" class="problem">
            {error}
          </p>
        )}
      </li>
    );
  }
  return (
    <li class={`commitment due-${state}`} data-commitment-id={commitment.id}>
      <label>
        <input autocomplete="off" type="checkbox" checked={done} onChange={(event) => onDone(event.currentTarget.checked)} />
        <span class="commitment-text">{commitment.text}</span>
      </label>
      <span class="commitment-meta">
        {whose} · {done ? i18n.t('commitments.done') : dueText(commitment.due, now)}
        {showAge && ` · ${promisedText(commitment, personName, now)}`}
      </span>
      <span class="commitment-actions">
        {onEdit && (
          <button
            type="button"
            class="icon-button"
            aria-label={i18n.t('commitments.editOne', { text: commitment.text })}
            onClick={() => setEditing(true)}
          >
            ✎
          </button>
        )}
        {onDelete && (
          <button
            type="button"
            class="icon-button"
            aria-label={i18n.t('commitments.deleteOne', { text: commitment.text })}
            onClick={onDelete}
          >
            ×
          </button>
        )}
      </span>
      {children}
    </li>
  );
}
