/** This person's own rhythm of looking ahead, where it differs from everyone's. */
import { ensureOccurrence } from '@/utils/db/meetings';
import { useState } from 'preact/hooks';
import type { Cadence } from '@/utils/rules/cadence';
import type { CompanionDatabase } from '@/utils/db/database';
import type { Person } from '@/utils/db/records';
import { checkCadence } from '@/utils/extension/settings';
import { CadenceFields, cadenceText } from '../shared/CadenceFields';
import { i18n } from '#i18n';

interface Props {
  db: CompanionDatabase;
  person: Person;
  cadence: Required<Cadence>;
}

export function PersonCadence({ db, person, cadence }: Props) {
  const effective = { ...cadence, ...person.cadence };
  const [typed, setTyped] = useState(cadenceText(effective));
  const [message, setMessage] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkCadence({ nearFutureWeeks: Number(typed.near), horizonWeeks: Number(typed.horizon) });
    if (!checked.ok) return setMessage(checked.error);
    await ensureOccurrence(db, { personId: person.id });
    await db.people.update(person.id, { cadence: checked.cadence, updatedAt: new Date().toISOString() });
    setMessage(i18n.t('cadence.savedPerson'));
  };
  const reset = async () => {
    await ensureOccurrence(db, { personId: person.id });
    await db.people.update(person.id, { cadence: undefined, updatedAt: new Date().toISOString() });
    setTyped(cadenceText(cadence));
    setMessage(i18n.t('cadence.backToUsual'));
  };

  return (
    <details class="person-cadence">
      <summary>
        {i18n.t('cadence.withPerson', {
          name: person.name,
          near: effective.nearFutureWeeks,
          horizon: effective.horizonWeeks,
        })}
      </summary>
      <form noValidate onSubmit={(event) => void save(event)}>
        <CadenceFields value={typed} onChange={setTyped} />
        <div class="form-actions">
          <button type="submit">{i18n.t('common.save')}</button>
          {person.cadence && (
            <button type="button" class="link-button" onClick={() => void reset()}>
              {i18n.t('cadence.useUsual')}
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
