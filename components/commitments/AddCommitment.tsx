/** One line to note a commitment: what, whose, and by when. */
import { useState } from 'preact/hooks';
import { beforeNextMeeting, endOfThisWeek } from '@/utils/rules/commitments';
import type { Meeting } from '@/utils/db/records';
import { i18n } from '#i18n';
import { OwnerSelect } from './OwnerSelect';

type DueChoice = 'none' | 'next' | 'week' | 'date';

interface Props {
  meetings: Meeting[];
  current: Meeting;
  firstName: string;
  now: Date;
  onAdd(input: { text: string; owner: 'me' | 'them'; due?: string }): Promise<string | undefined>;
}

export function AddCommitment({ meetings, current, firstName, now, onAdd }: Props) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [choice, setChoice] = useState<DueChoice>('none');
  const [date, setDate] = useState('');
  const [error, setError] = useState('');

  const dueOf = (): string | undefined => {
    if (choice === 'next') return beforeNextMeeting(meetings, current);
    if (choice === 'week') return endOfThisWeek(now);
    if (choice === 'date') return date || 'missing';
    return undefined;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const due = dueOf();
    const submitted = { text, owner, choice, date };
    const problem = await onAdd({ text, owner, ...(due ? { due: due === 'missing' ? '' : due } : {}) });
    if (problem) return setError(problem);
    // Each commitment starts afresh (yesterday's due date must not slip onto the next one), but
    // only what was saved is cleared: the next one, typed while this one saved, stays.
    setText((typed) => (typed === submitted.text ? '' : typed));
    setOwner((chosen) => (chosen === submitted.owner ? 'me' : chosen));
    setChoice((chosen) => (chosen === submitted.choice ? 'none' : chosen));
    setDate((typed) => (typed === submitted.date ? '' : typed));
    setError('');
  };

  return (
    <form class="add-commitment" onSubmit={(event) => void submit(event)}>
      <input
        autocomplete="off"
        type="text"
        aria-label={i18n.t('commitments.new')}
        placeholder={i18n.t('commitments.newPlaceholder')}
        value={text}
        maxLength={500}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="add-commitment-row">
        <OwnerSelect value={owner} firstName={firstName} onChange={setOwner} />
        <select
          aria-label={i18n.t('commitments.due')}
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value as DueChoice)}
        >
          <option value="none">{i18n.t('commitments.noDue')}</option>
          <option value="next">{i18n.t('commitments.beforeNext')}</option>
          <option value="week">{i18n.t('commitments.endOfWeek')}</option>
          <option value="date">{i18n.t('commitments.onDate')}</option>
        </select>
        {choice === 'date' && (
          <input
            autocomplete="off"
            type="date"
            aria-label={i18n.t('commitments.dueDate')}
            value={date}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
        )}
        <button type="submit" aria-label={i18n.t('commitments.add')}>
          {i18n.t('common.add')}
        </button>
      </div>
      {error && (
        <p role="alert" class="problem">
          {error}
        </p>
      )}
    </form>
  );
}
