/** One line to note a commitment: what, whose, and by when. */
import { useState } from 'preact/hooks';
import { beforeNextMeeting, endOfThisWeek } from '@/utils/commitments';
import type { Meeting } from '@/utils/db/records';

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
    const problem = await onAdd({ text, owner, ...(due ? { due: due === 'missing' ? '' : due } : {}) });
    if (problem) return setError(problem);
    // Each commitment starts afresh: yesterday's due date must not slip onto the next one.
    setText('');
    setOwner('me');
    setChoice('none');
    setDate('');
    setError('');
  };

  return (
    <form class="add-commitment" onSubmit={(event) => void submit(event)}>
      <input
        type="text"
        aria-label="New commitment"
        placeholder="Who will do what?"
        value={text}
        maxLength={500}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="add-commitment-row">
        <select aria-label="Whose commitment" value={owner} onChange={(event) => setOwner(event.currentTarget.value as 'me' | 'them')}>
          <option value="me">Mine</option>
          <option value="them">{firstName}'s</option>
        </select>
        <select aria-label="Due" value={choice} onChange={(event) => setChoice(event.currentTarget.value as DueChoice)}>
          <option value="none">No due date</option>
          <option value="next">Before the next 1:1</option>
          <option value="week">End of this week</option>
          <option value="date">On a date…</option>
        </select>
        {choice === 'date' && (
          <input type="date" aria-label="Due date" value={date} onInput={(event) => setDate(event.currentTarget.value)} />
        )}
        <button type="submit" aria-label="Add commitment">
          Add
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
