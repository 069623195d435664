/** Who is this call with? A searchable list of the people you have 1:1s with. */
import { useState } from 'preact/hooks';

export function PersonPicker({ people, onPick }: { people: { id: string; name: string; emails: string[] }[]; onPick(id: string): void }) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = people.filter(
    (person) => !needle || person.name.toLowerCase().includes(needle) || person.emails.some((email) => email.includes(needle)),
  );
  return (
    <section class="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">Who is this 1:1 with?</h2>
      <p class="muted">The call does not match a 1:1 on your calendar. Pick the person; this call will remember.</p>
      <input
        type="search"
        aria-label="Find a person"
        placeholder="Name or email"
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
        {shown.length === 0 && <li class="muted">Nobody found. People appear here once you open a 1:1 with them in your calendar.</li>}
      </ul>
    </section>
  );
}
