/** This person's own rhythm of looking ahead, where it differs from everyone's. */
import { useState } from 'preact/hooks';
import type { Cadence } from '@/utils/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Person } from '@/utils/db/records';
import { checkCadence } from '@/utils/settings';

interface Props {
  db: CompanionDatabase;
  person: Person;
  cadence: Required<Cadence>;
}

export function PersonCadence({ db, person, cadence }: Props) {
  const effective = { ...cadence, ...person.cadence };
  const [near, setNear] = useState(String(effective.nearFutureWeeks));
  const [horizon, setHorizon] = useState(String(effective.horizonWeeks));
  const [message, setMessage] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkCadence({ nearFutureWeeks: Number(near), horizonWeeks: Number(horizon) });
    if (!checked.ok) return setMessage(checked.error);
    await db.people.update(person.id, { cadence: checked.cadence, updatedAt: new Date().toISOString() });
    setMessage('Saved for this person.');
  };
  const reset = async () => {
    await db.people.update(person.id, { cadence: undefined, updatedAt: new Date().toISOString() });
    setNear(String(cadence.nearFutureWeeks));
    setHorizon(String(cadence.horizonWeeks));
    setMessage('Back to your usual cadence.');
  };

  return (
    <details class="person-cadence">
      <summary>
        Cadence with {person.name}: near future every {effective.nearFutureWeeks} weeks, horizon every {effective.horizonWeeks}
      </summary>
      <form noValidate onSubmit={(event) => void save(event)}>
        <label>
          Near future every <input type="number" min={1} max={26} value={near} onInput={(event) => setNear(event.currentTarget.value)} />{' '}
          weeks
        </label>
        <label>
          Horizon every <input type="number" min={1} max={52} value={horizon} onInput={(event) => setHorizon(event.currentTarget.value)} />{' '}
          weeks
        </label>
        <div class="form-actions">
          <button type="submit">Save</button>
          {person.cadence && (
            <button type="button" class="link-button" onClick={() => void reset()}>
              Use my usual cadence
            </button>
          )}
        </div>
        <p role="status" class="form-message">
          {message}
        </p>
      </form>
    </details>
  );
}
