/**
 * A checkbox line in today's notes ("- [ ] Sam: send the doc") becomes a commitment with one
 * click: Sam's when the line starts with their name, else the user's. A line already made a
 * commitment in this 1:1 is not offered again.
 */
import { useState } from 'preact/hooks';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { addCommitment } from '@/utils/db/commitments';
import { tellBackground } from '@/utils/protocol/messaging';
import { openTasks, type NoteTask } from '@/utils/rules/notes-editing';
import { errorText } from '../shared/error-text';
import { i18n } from '#i18n';

interface Props {
  db: CompanionDatabase;
  person: Person;
  current: Meeting;
  commitments: Commitment[];
}

const same = (text: string) => text.trim().toLowerCase();

export function TaskCapture({ db, person, current, commitments }: Props) {
  const [error, setError] = useState<string>();
  if (typeof current.notes !== 'string') return null;
  const firstName = person.name.split(' ')[0] ?? person.name;
  const made = new Set(commitments.filter((commitment) => commitment.meetingId === current.id).map((commitment) => same(commitment.text)));
  const tasks = openTasks(current.notes, firstName).filter((task) => !made.has(same(task.text)));
  if (tasks.length === 0) return null;
  const make = async (task: NoteTask) => {
    try {
      const result = await addCommitment(db, { personId: person.id, meetingId: current.id }, { text: task.text, owner: task.owner });
      if (!result.ok) return setError(result.error);
      setError(undefined);
      void tellBackground({ type: 'commitments-changed' });
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="task-capture" role="group" aria-label={i18n.t('notes.tasksFound')}>
      <p class="muted">{i18n.t('notes.tasksIntro')}</p>
      <ul class="plain-list">
        {tasks.map((task) => (
          <li key={task.line}>
            <button type="button" class="secondary-button" onClick={() => void make(task)}>
              {i18n.t(task.owner === 'them' ? 'notes.makeTheirs' : 'notes.makeMine', { text: task.text, name: firstName })}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
