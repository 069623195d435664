/**
 * "Start a 1:1 with …": a 1:1 that is not on any calendar (a phone call, a walk). Pick someone
 * you know or type a new name or address; today's meeting is made and its notes open.
 */
import { useState } from 'preact/hooks';
import type { PersonRef } from '@/utils/db/people';
import { errorText } from './error-text';
import { i18n } from '#i18n';

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** As long as a name may be (the people page's own limit for a name typed there). */
const LONGEST = 200;

interface Props {
  people: readonly { id: string; name: string }[];
  /** Makes the meeting and opens its notes; a failure is shown and the typing kept. */
  onStart(who: PersonRef): Promise<void>;
  hint: string;
  /** Distinct ids when two forms share a page. */
  idPrefix?: string;
}

export function StartOneOnOneForm({ people, onStart, hint, idPrefix = 'start' }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const who = typed.trim();
    if (!who) return setError(i18n.t('start.needName'));
    setBusy(true);
    try {
      await onStart(ADDRESS.test(who) ? { email: who } : { name: who });
      setTyped('');
      setError(undefined);
    } catch (failure) {
      setError(i18n.t('start.failed', { reason: errorText(failure) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="start-form" onSubmit={(event) => void submit(event)} aria-describedby={`${idPrefix}-hint`}>
      <label for={`${idPrefix}-who`}>{i18n.t('start.label')}</label>
      <div class="start-row">
        <input
          id={`${idPrefix}-who`}
          autocomplete="off"
          list={`${idPrefix}-people`}
          maxLength={LONGEST}
          placeholder={i18n.t('start.placeholder')}
          value={typed}
          aria-invalid={error ? true : undefined}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {i18n.t('start.button')}
        </button>
      </div>
      <datalist id={`${idPrefix}-people`}>
        {people.map((person) => (
          <option key={person.id} value={person.name} />
        ))}
      </datalist>
      <p id={`${idPrefix}-hint`} class="muted">
        {hint}
      </p>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
