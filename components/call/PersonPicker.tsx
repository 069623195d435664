/** Who is this call with? A searchable list of the people you have 1:1s with. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

export function PersonPicker({ people, onPick }: { people: { id: string; name: string; emails: string[] }[]; onPick(id: string): void }) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = people.filter(
    (person) => !needle || person.name.toLowerCase().includes(needle) || person.emails.some((email) => email.includes(needle)),
  );
  return (
    <section class="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{i18n.t('picker.heading')}</h2>
      <p class="muted">{i18n.t('picker.intro')}</p>
      <input
        autocomplete="off"
        type="search"
        aria-label={i18n.t('picker.find')}
        placeholder={i18n.t('picker.placeholder')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <ul class="plain-list">
        {shown.map((person) => (
          <li key={person.id}>
            <button type="button" class="person-row" onClick={() => onPick(person.id)}>
              {person.name} <span class="muted">{person.emails[0]}</span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li class="muted">{i18n.t('picker.none')}</li>}
      </ul>
    </section>
  );
}
